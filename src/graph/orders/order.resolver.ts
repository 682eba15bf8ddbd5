/**
 * Orders: queries, mutations, Order's relations, and the order-side
 * relations of TelephoneNumber (orders of a number, its exclusions).
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root, UseMiddleware } from 'type-graphql';
import type { OrderDetail, OrderListFilter, OrderRef, PageRequest, TelephoneNumberRecord } from '../../upstream/model.js';
import { checkPageArgs, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { fieldPath, MapUpstreamErrors } from '../common/errors.js';
import { SortDirection } from '../common/sort.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues, type Path } from '../common/validation.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { AddOrderNoteInput, CancelOrderInput, OrderFilter, OrderSort } from './order.input.js';
import { AddOrderNotePayload, CancelOrderPayload } from './order.payload.js';
import { ExcludedTelephoneNumber, Order, OrderConnection, OrderLine, OrderNote } from './order.type.js';
import { toExcludedNumber, toOrder, toOrderLine, toOrderNote } from './orders.mapper.js';

export const ORDER_CONNECTION_LIMITS = { defaultFirst: 20, maxFirst: 100 };
const ORDERS_OF_TN_LIMITS = { defaultFirst: 20, maxFirst: 100 };

/** Order ids are opaque to the graph; only blank or absurd values are refused. */
function checkOrderRef(issues: Issues, path: Path, ref: { id?: string | null; customerOrderReference?: string | null }): void {
  const hasId = ref.id !== undefined && ref.id !== null;
  const hasRef = ref.customerOrderReference !== undefined && ref.customerOrderReference !== null;
  if (hasId === hasRef) {
    issues.add(path, UserErrorCode.CONFLICT, `Give exactly one of id or customerOrderReference (${fieldPath(path) || 'arguments'}).`);
    return;
  }
  issues.maxLength([...path, 'id'], ref.id, 50, { nonBlank: true });
  issues.customerOrderReference([...path, 'customerOrderReference'], ref.customerOrderReference);
}

function toOrderRef(ref: { id?: string | null; customerOrderReference?: string | null }): OrderRef {
  return ref.id ? { orderId: ref.id } : { customerOrderReference: ref.customerOrderReference! };
}

/** Load an order's detail, reusing one carried on the parent. */
async function detailOf(order: Order, ctx: GatewayContext): Promise<OrderDetail | null> {
  return order.detail ?? (await ctx.loaders.orders.orderDetail.load(order.id));
}

/** Read an order by either key (after validation). */
async function loadOrder(ctx: GatewayContext, ref: OrderRef): Promise<Order | null> {
  const detail =
    'orderId' in ref
      ? await ctx.loaders.orders.orderDetail.load(ref.orderId)
      : await ctx.loaders.orders.orderByReference.load(ref.customerOrderReference);
  return detail ? toOrder(detail) : null;
}

/** A connection over /orderList; `tn` set → the orders of one number (through the per-TN loader). */
async function listOrders(
  ctx: GatewayContext,
  args: { filter?: OrderFilter | null; sort?: OrderSort | null } & PageArgs,
  limits: { defaultFirst: number; maxFirst: number },
): Promise<OrderConnection> {
  const issues = new Issues();
  const f = args.filter ?? {};
  issues.customerOrderReference(['filter', 'customerOrderReference'], f.customerOrderReference);
  if (f.products && f.products.length === 0) issues.add(['filter', 'products'], UserErrorCode.REQUIRED, 'products must not be empty when given.');
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo) {
    issues.add(['filter', 'createdTo'], UserErrorCode.CONFLICT, 'createdTo must not be before createdFrom.');
  }
  const sort: PageRequest = args.sort ? { property: args.sort.field, direction: args.sort.direction ?? SortDirection.ASC } : {};
  const filter: Omit<OrderListFilter, 'page'> = {
    ...(f.customerOrderReference ? { customerOrderReference: f.customerOrderReference } : {}),
    ...(f.products ? { products: [...new Set(f.products)] } : {}),
    ...(f.type ? { serviceOrderType: f.type } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.tn ? { tn: f.tn } : {}),
    ...(f.createdFrom ? { createdFrom: String(f.createdFrom) } : {}),
    ...(f.createdTo ? { createdTo: String(f.createdTo) } : {}),
  };
  const page = checkPageArgs(issues, args, limits, { filter, sort });
  issues.throwIfAny();
  const onlyTn = Object.keys(filter).length === 1 && filter.tn && !args.sort;
  const window = await fetchWindow(page, (request) =>
    onlyTn
      ? ctx.loaders.orders.ordersOfTn.load({ tn: filter.tn!, page: request })
      : ctx.api.orders.list({ ...filter, page: { ...request, ...sort } }),
  );
  return toConnection(OrderConnection, { ...window, items: window.items.map(({ node, cursor }) => ({ node: toOrder(node), cursor })) });
}

@Resolver(() => Order)
@UseMiddleware(MapUpstreamErrors)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description: 'One order by its carrier id or by your customerOrderReference (give exactly one) (/orderDetail); null when not found.',
  })
  async order(
    @Arg('id', () => ID, { nullable: true }) id: string | null,
    @Arg('customerOrderReference', () => String, { nullable: true }) customerOrderReference: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<Order | null> {
    const issues = new Issues();
    checkOrderRef(issues, [], { id, customerOrderReference });
    issues.throwIfAny();
    return loadOrder(ctx, toOrderRef({ id, customerOrderReference }));
  }

  @Query(() => OrderConnection, { description: 'Orders matching the filters (/orderList), paginated.' })
  async orders(
    @Arg('filter', () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Arg('sort', () => OrderSort, { nullable: true }) sort: OrderSort | null,
    @Arg('first', () => Int, { nullable: true, description: `Page size, 1-${ORDER_CONNECTION_LIMITS.maxFirst} (default ${ORDER_CONNECTION_LIMITS.defaultFirst}).` })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    return listOrders(ctx, { filter, sort, first, after }, ORDER_CONNECTION_LIMITS);
  }

  @FieldResolver(() => [OrderLine], { nullable: true, description: 'The numbers on the order with their requested settings and statuses (/orderDetail).' })
  async lines(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<OrderLine[]> {
    const detail = await detailOf(order, ctx);
    return (detail?.lines ?? []).map(toOrderLine);
  }

  @FieldResolver(() => [TelephoneNumber], {
    nullable: true,
    description: 'The numbers on the order that are assigned to the account now (/orderDetail, then one /tnDetail batch for all orders\' numbers).',
  })
  async numbers(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber[]> {
    const detail = await detailOf(order, ctx);
    const tns = [...new Set((detail?.lines ?? []).map((l) => l.tn))];
    const records = await ctx.loaders.numbers.telephoneNumber.loadMany(tns);
    const failure = records.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    return records.filter((r): r is TelephoneNumberRecord => r !== null && !(r instanceof Error)).map(toTelephoneNumber);
  }

  @FieldResolver(() => [OrderNote], { nullable: true, description: 'Notes on the order (/orderNote).' })
  async notes(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<OrderNote[]> {
    const notes = await ctx.loaders.orders.orderNotes.load(order.id);
    return notes.map(toOrderNote);
  }

  @FieldResolver(() => [ExcludedTelephoneNumber], { nullable: true, description: 'Numbers the carrier excluded from this order (/excludedTnList).' })
  async excludedNumbers(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<ExcludedTelephoneNumber[]> {
    const excluded = await ctx.loaders.orders.excludedByOrder.load(order.id);
    return excluded.map((e) => toExcludedNumber(e, order.id));
  }

  @Mutation(() => CancelOrderPayload, { description: 'Cancel a PENDING order (/orderCancel).' })
  async cancelOrder(@Arg('input', () => CancelOrderInput) input: CancelOrderInput, @Ctx() ctx: GatewayContext): Promise<CancelOrderPayload> {
    const payload = new CancelOrderPayload();
    const issues = new Issues();
    checkOrderRef(issues, ['input', 'order'], input.order ?? {});
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const ref = toOrderRef(input.order);
    await ctx.api.orders.cancel(ref);
    await this.invalidateOrder(ctx, ref);
    payload.loadOrder = () => loadOrder(ctx, ref);
    return payload;
  }

  @Mutation(() => AddOrderNotePayload, { description: 'Add a note to an order (/orderAddNote).' })
  async addOrderNote(@Arg('input', () => AddOrderNoteInput) input: AddOrderNoteInput, @Ctx() ctx: GatewayContext): Promise<AddOrderNotePayload> {
    const payload = new AddOrderNotePayload();
    const issues = new Issues();
    checkOrderRef(issues, ['input', 'order'], input.order ?? {});
    issues.required(['input', 'note'], input.note, 'note');
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    const ref = toOrderRef(input.order);
    const noteId = await ctx.api.orders.addNote(ref, input.note);
    await this.invalidateOrder(ctx, ref);
    payload.noteId = noteId;
    payload.note = toOrderNote({ noteId, note: input.note });
    payload.loadOrder = () => loadOrder(ctx, ref);
    return payload;
  }

  /**
   * Drop cached state of a changed order. By reference the id is unknown
   * until read; the by-reference loader is never cached, and the fresh read
   * replaces the id-keyed cache entry when the payload's order is selected.
   */
  private async invalidateOrder(ctx: GatewayContext, ref: OrderRef): Promise<void> {
    if ('orderId' in ref) {
      await ctx.invalidate.orders([ref.orderId]);
      return;
    }
    const cached = await ctx.loaders.orders.orderByReference.load(ref.customerOrderReference).catch(() => null);
    if (cached) await ctx.invalidate.orders([cached.orderId]);
  }
}

@Resolver(() => OrderLine)
@UseMiddleware(MapUpstreamErrors)
export class OrderLineResolver {
  @FieldResolver(() => TelephoneNumber, { nullable: true, description: 'The number, when it is assigned to the account (/tnDetail, batched).' })
  async telephoneNumber(@Root() line: OrderLine, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(line.tn);
    return record ? toTelephoneNumber(record) : null;
  }
}

@Resolver(() => ExcludedTelephoneNumber)
@UseMiddleware(MapUpstreamErrors)
export class ExcludedTelephoneNumberResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The order the number was excluded from (/orderDetail).' })
  async order(@Root() excluded: ExcludedTelephoneNumber, @Ctx() ctx: GatewayContext): Promise<Order | null> {
    if (!excluded.orderId) return null;
    const detail = await ctx.loaders.orders.orderDetail.load(excluded.orderId);
    return detail ? toOrder(detail) : null;
  }
}

/** Order-side relations of TelephoneNumber (the numbers domain does not know orders). */
@Resolver(() => TelephoneNumber)
@UseMiddleware(MapUpstreamErrors)
export class TelephoneNumberOrdersResolver {
  @FieldResolver(() => OrderConnection, { nullable: true, description: 'Orders that include this number (/orderList by tn), paginated.' })
  async orders(
    @Root() tn: TelephoneNumber,
    @Arg('first', () => Int, { nullable: true, description: `Page size, 1-${ORDERS_OF_TN_LIMITS.maxFirst} (default ${ORDERS_OF_TN_LIMITS.defaultFirst}).` })
    first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    const filter = new OrderFilter();
    filter.tn = tn.tn;
    return listOrders(ctx, { filter, first, after }, ORDERS_OF_TN_LIMITS);
  }

  @FieldResolver(() => [ExcludedTelephoneNumber], { nullable: true, description: 'Orders this number was excluded from, with reasons (/excludedTnList by tn).' })
  async exclusions(@Root() tn: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<ExcludedTelephoneNumber[]> {
    const excluded = await ctx.loaders.numbers.excludedByTn.load(tn.tn);
    return excluded.map((e) => toExcludedNumber(e));
  }
}

/** Federation: resolve `{ __typename: "Order", id }` through the batched detail loader. */
export async function resolveOrderReference(ref: { id?: unknown }, ctx: GatewayContext): Promise<Order | null> {
  if (typeof ref.id !== 'string' && typeof ref.id !== 'number') return null;
  const detail = await ctx.loaders.orders.orderDetail.load(String(ref.id));
  return detail ? toOrder(detail) : null;
}

