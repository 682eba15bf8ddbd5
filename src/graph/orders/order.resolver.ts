/**
 * Orders: queries, mutations, Order's relations, and the order-side
 * relations of TelephoneNumber (orders of a number, its exclusions).
 */
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TelephoneNumberRecord } from '../../upstream/numbers/tn-detail.js';
import type { OrderDetail } from '../../upstream/orders/order-detail.js';
import type { OrderListFilter } from '../../upstream/orders/order-list.js';
import type { PageRequest } from '../../upstream/shared/page.js';
import { checkPageArgs, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { DateTimeScalar } from '../common/scalars.js';
import { UserErrorCode } from '../common/user-error.js';
import { CUSTOMER_ORDER_REFERENCE, Issues } from '../common/validation.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { AddOrderNoteInput, CancelOrderInput, DEFAULT_ORDER_SORT, describeOrderReference, OrderFilter, OrderSort } from './order.input.js';
import { addOrderNote, cancelOrder } from './order.mutations.js';
import { AddOrderNotePayload, CancelOrderPayload } from './order.payload.js';
import { loadOrder } from './order.reads.js';
import { checkOrderRef, isCarrierOrderId, toOrderRef } from './order-ref.js';
import { ExcludedTelephoneNumber, Order, OrderConnection, OrderLine, OrderNote } from './order.type.js';
import { NEWEST_FIRST } from './orders.loaders.js';
import { toExcludedNumber, toOrder, toOrderLine, toOrderNote } from './orders.mapper.js';

export const ORDER_CONNECTION_LIMITS = { defaultFirst: 20, maxFirst: 100 };
const ORDERS_OF_TN_LIMITS = { defaultFirst: 20, maxFirst: 100 };

/** Load an order's detail, reusing one carried on the parent. */
async function detailOf(order: Order, ctx: GatewayContext): Promise<OrderDetail | null> {
  return order.detail ?? (await ctx.loaders.orders.orderDetail.load(order.id));
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
  if (f.products && f.products.length === 0)
    issues.add(['filter', 'products'], UserErrorCode.REQUIRED, 'products must not be empty when given.');
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo) {
    issues.add(['filter', 'createdTo'], UserErrorCode.CONFLICT, 'createdTo must not be before createdFrom.');
  }
  // Always sent: the carrier documents no default order, and `orders` promises newest first.
  const { field, direction } = args.sort ?? DEFAULT_ORDER_SORT;
  const sort: PageRequest = { property: field, direction: direction ?? DEFAULT_ORDER_SORT.direction };
  const filter: Omit<OrderListFilter, 'page'> = {
    ...(f.customerOrderReference ? { customerOrderReference: f.customerOrderReference } : {}),
    ...(f.products ? { products: [...new Set(f.products)] } : {}),
    ...(f.type ? { serviceOrderType: f.type } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.tn ? { tn: f.tn } : {}),
    ...(f.createdFrom ? { createdFrom: String(f.createdFrom) } : {}),
    ...(f.createdTo ? { createdTo: String(f.createdTo) } : {}),
  };
  const page = checkPageArgs(issues, args, limits, 'orders', { filter, sort });
  issues.throwIfAny();
  // The per-TN loader sorts newest first too, so only the default order can share it.
  const onlyTn =
    Object.keys(filter).length === 1 && filter.tn && sort.property === NEWEST_FIRST.property && sort.direction === NEWEST_FIRST.direction;
  const window = await fetchWindow(
    page,
    (request) =>
      onlyTn
        ? ctx.loaders.orders.ordersOfTn.load({ tn: filter.tn!, page: request })
        : ctx.api.orders.orderList({ ...filter, page: { ...request, ...sort } }),
    (order) => order.orderId,
  );
  return toConnection(OrderConnection, { ...window, items: window.items.map(({ node, cursor }) => ({ node: toOrder(node), cursor })) });
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description:
      'One order by its carrier id (digits) or by your customerOrderReference: give exactly one (/orderDetail); null when not found.',
  })
  async order(
    @Arg('id', () => ID, { nullable: true, description: 'Carrier order id: digits only, e.g. "1025001".' }) id: string | null,
    @Arg('customerOrderReference', () => String, { nullable: true, description: describeOrderReference(CUSTOMER_ORDER_REFERENCE) })
    customerOrderReference: string | null,
    @Ctx() ctx: GatewayContext,
  ): Promise<Order | null> {
    const issues = new Issues();
    checkOrderRef(issues, [], { id, customerOrderReference });
    issues.throwIfAny();
    return loadOrder(ctx, toOrderRef({ id, customerOrderReference }));
  }

  @Query(() => OrderConnection, {
    nullable: true,
    description: 'Orders matching the filters (/orderList), paginated; newest first unless `sort` says otherwise.',
  })
  async orders(
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Filters; default: every order of the account.' })
    filter: OrderFilter | null,
    @Arg('sort', () => OrderSort, { nullable: true, description: 'Sort order; default: newest first (ORDER_ID, DESC).' })
    sort: OrderSort | null,
    @PageArgsOf(ORDER_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    return listOrders(ctx, { filter, sort, first, after }, ORDER_CONNECTION_LIMITS);
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the order was created (carrier createdDate), in UTC, to the millisecond. Only the order detail reports the time ' +
      'of day (the order list gives the date, see createdOn), so an order that came from a list reads it from /orderDetail, ' +
      'the same batched read as `lines` and `numbers`. Null when the carrier reports no time.',
  })
  async createdAt(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<string | null> {
    const carried = order.detail ?? order.summary;
    if (carried?.createdAt) return carried.createdAt;
    if (order.detail) return null; // the detail itself has no time of day
    return (await ctx.loaders.orders.orderDetail.load(order.id))?.createdAt ?? null;
  }

  @FieldResolver(() => DateTimeScalar, {
    name: 'lastModifiedAt',
    nullable: true,
    description:
      'When the carrier last changed the order (carrier lastModifiedString, e.g. "20151222145729830902000-0500": ' +
      'yyyyMMddHHmmss, nanoseconds, UTC offset), in UTC, to the millisecond. Only the order list reports it, so an order ' +
      'read by id or reference costs one /orderList call by orderId.',
  })
  async lastModified(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<string | null> {
    const carried = order.summary ?? order.detail;
    if (carried?.lastModified) return carried.lastModified;
    if (order.summary) return null; // the list entry itself has none
    return (await ctx.loaders.orders.orderSummary.load(order.id))?.lastModified ?? null;
  }

  @FieldResolver(() => [OrderLine], {
    nullable: true,
    description: 'The numbers on the order with their requested settings and statuses (/orderDetail).',
  })
  async lines(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<OrderLine[]> {
    const detail = await detailOf(order, ctx);
    return (detail?.lines ?? []).map(toOrderLine);
  }

  @FieldResolver(() => [TelephoneNumber], {
    nullable: true,
    description:
      "The numbers on the order that are assigned to the account now (/orderDetail, then one /tnDetail batch for all orders' numbers).",
  })
  async numbers(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber[]> {
    const detail = await detailOf(order, ctx);
    const tns = [...new Set((detail?.lines ?? []).map((l) => l.tn))];
    const records = await ctx.loaders.numbers.telephoneNumber.loadMany(tns);
    const failure = records.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    return records.filter((r): r is TelephoneNumberRecord => r !== null && !(r instanceof Error)).map(toTelephoneNumber);
  }

  @FieldResolver(() => [OrderNote], {
    nullable: true,
    description: 'Notes on the order, newest first as the carrier lists them (/orderNote).',
  })
  async notes(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<OrderNote[]> {
    const notes = await ctx.loaders.orders.orderNotes.load(order.id);
    return notes.map(toOrderNote);
  }

  @FieldResolver(() => [ExcludedTelephoneNumber], {
    nullable: true,
    description: 'Numbers the carrier excluded from this order (/excludedTnList).',
  })
  async excludedNumbers(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<ExcludedTelephoneNumber[]> {
    const excluded = await ctx.loaders.orders.excludedByOrder.load(order.id);
    return excluded.map((e) => toExcludedNumber(e, order.id));
  }

  @Mutation(() => CancelOrderPayload, {
    nullable: true,
    description:
      'Cancel a PENDING order (/orderCancel; a customerOrderReference is first resolved to one order with /orderList). An unknown order (NOT_FOUND), an ambiguous reference (CONFLICT) or an order in another status (WRONG_STATUS) is a userError.',
  })
  async cancelOrder(
    @Arg('input', () => CancelOrderInput, { description: 'The order to cancel.' }) input: CancelOrderInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<CancelOrderPayload> {
    return cancelOrder(ctx, input);
  }

  @Mutation(() => AddOrderNotePayload, {
    nullable: true,
    description:
      'Add a note to an order (/orderAddNote; a customerOrderReference is first resolved to one order with /orderList). An unknown order (NOT_FOUND) or an ambiguous reference (CONFLICT) is a userError.',
  })
  async addOrderNote(
    @Arg('input', () => AddOrderNoteInput, { description: 'The order and the note to add.' }) input: AddOrderNoteInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<AddOrderNotePayload> {
    return addOrderNote(ctx, input);
  }
}

@Resolver(() => OrderLine)
export class OrderLineResolver {
  @FieldResolver(() => TelephoneNumber, {
    nullable: true,
    description: 'The number, when it is assigned to the account (/tnDetail, batched).',
  })
  async telephoneNumber(@Root() line: OrderLine, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(line.tn);
    return record ? toTelephoneNumber(record) : null;
  }
}

@Resolver(() => ExcludedTelephoneNumber)
export class ExcludedTelephoneNumberResolver {
  @FieldResolver(() => Order, { nullable: true, description: 'The order the number was excluded from (/orderDetail).' })
  async order(@Root() excluded: ExcludedTelephoneNumber, @Ctx() ctx: GatewayContext): Promise<Order | null> {
    if (!isCarrierOrderId(excluded.orderId)) return null;
    const detail = await ctx.loaders.orders.orderDetail.load(excluded.orderId);
    return detail ? toOrder(detail) : null;
  }
}

/** Order-side relations of TelephoneNumber (the numbers domain does not know orders). */
@Resolver(() => TelephoneNumber)
export class TelephoneNumberOrdersResolver {
  @FieldResolver(() => OrderConnection, { nullable: true, description: 'Orders that include this number (/orderList by tn), paginated.' })
  async orders(
    @Root() tn: TelephoneNumber,
    @PageArgsOf(ORDERS_OF_TN_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    const filter = new OrderFilter();
    filter.tn = tn.tn;
    return listOrders(ctx, { filter, first, after }, ORDERS_OF_TN_LIMITS);
  }

  @FieldResolver(() => [ExcludedTelephoneNumber], {
    nullable: true,
    description: 'Orders this number was excluded from, with reasons (/excludedTnList by tn).',
  })
  async exclusions(@Root() tn: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<ExcludedTelephoneNumber[]> {
    const excluded = await ctx.loaders.numbers.excludedByTn.load(tn.tn);
    return excluded.map((e) => toExcludedNumber(e));
  }
}

/** Federation: resolve `{ __typename: "Order", id }` through the batched detail loader. */
export async function resolveOrderReference(ref: { id?: unknown }, ctx: GatewayContext): Promise<Order | null> {
  const id = typeof ref.id === 'number' ? String(ref.id) : ref.id;
  // Not a carrier order id: no such order, and nothing to ask the carrier.
  if (!isCarrierOrderId(id)) return null;
  const detail = await ctx.loaders.orders.orderDetail.load(id);
  return detail ? toOrder(detail) : null;
}
