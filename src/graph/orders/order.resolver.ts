/**
 * Orders: queries, mutations, Order's relations, and the order-side
 * relations of TelephoneNumber (orders of a number, its exclusions).
 */
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { TelephoneNumberRecord } from '../../upstream/numbers/tn-detail.js';
import type { OrderDetail, OrderLine as OrderLineModel } from '../../upstream/orders/order-detail.js';
import { checkPageArgs, fetchWindow, PAGE_LIMITS, pagesOf, toConnection, type PageArgs, type Window } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { pageArgs, PageArgsOf } from '../common/page-args.js';
import { DateTimeScalar } from '../common/scalars.js';
import { CUSTOMER_ORDER_REFERENCE, Issues } from '../common/validation.js';
import { TelephoneNumberConnection } from '../numbers/inventory.type.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { AddOrderNoteInput, CancelOrderInput, describeOrderReference, OrderFilter, OrderSort } from './order.input.js';
import { listOrders } from './order-list.js';
import { addOrderNote, cancelOrder } from './order.mutations.js';
import { AddOrderNotePayload, CancelOrderPayload } from './order.payload.js';
import { loadOrder } from './order.reads.js';
import { checkOrderRef, isCarrierOrderId, toOrderRef } from './order-ref.js';
import { OrderLine, OrderLineConnection } from './order-line.type.js';
import { ExcludedTelephoneNumber, Order, OrderConnection, OrderNote } from './order.type.js';
import { toExcludedNumber, toOrder, toOrderLine, toOrderNote } from './orders.mapper.js';

/** The page args of `lines` and `numbers`: the common ones. */
const LinePageArgs = pageArgs();

/** A window over the order's lines: one detail read serves every page of `lines` and `numbers`. */
async function linesOf(order: Order, args: PageArgs, connection: string, ctx: GatewayContext): Promise<Window<OrderLineModel>> {
  const issues = new Issues();
  const page = checkPageArgs(issues, args, PAGE_LIMITS, connection, { order: order.id });
  issues.throwIfAny();
  const detail = await detailOf(order, ctx);
  return fetchWindow(page, pagesOf(detail?.lines ?? []), (line) => line.tn);
}

/** Load an order's detail, reusing one carried on the parent. */
async function detailOf(order: Order, ctx: GatewayContext): Promise<OrderDetail | null> {
  return order.detail ?? (await ctx.loaders.orders.orderDetail.load(order.id));
}

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, {
    nullable: true,
    description: describe(
      'One order by its carrier id (digits) or by your customerOrderReference: give exactly one. Null when there is no such order.',
      '/orderDetail',
      '/orderList',
    ),
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
    description: describe('Orders matching the filters, a page at a time; newest first unless `sort` says otherwise.', '/orderList'),
  })
  async orders(
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Filters; default: every order of the account.' })
    filter: OrderFilter | null,
    @Arg('sort', () => OrderSort, { nullable: true, description: 'Sort order; default: newest first (ORDER_ID, DESC).' })
    sort: OrderSort | null,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    return listOrders(ctx, { filter, sort, first, after });
  }

  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      'When the order was created (carrier createdDate), in UTC, to the millisecond. Only the order detail reports the time ' +
      'of day (the order list gives the date, see createdOn), so an order that came from a list reads the order detail, ' +
      'the same batched read as `lines` and `numbers`. Null when the carrier reports no time.\n\nCarrier: /orderDetail.',
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
      'read by id or reference costs one more order-list read.\n\nCarrier: /orderList.',
  })
  async lastModified(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<string | null> {
    const carried = order.summary ?? order.detail;
    if (carried?.lastModified) return carried.lastModified;
    if (order.summary) return null; // the list entry itself has none
    return (await ctx.loaders.orders.orderSummary.load(order.id))?.lastModified ?? null;
  }

  @FieldResolver(() => OrderLineConnection, {
    nullable: true,
    description: describe(
      'The numbers on the order, a page at a time, each with what the order asks for it and where it stands. ' +
        'One read of the order serves every page and `numbers`.',
      '/orderDetail',
    ),
  })
  async lines(@Root() order: Order, @Args(() => LinePageArgs) args: PageArgs, @Ctx() ctx: GatewayContext): Promise<OrderLineConnection> {
    const lines = await linesOf(order, args, 'lines', ctx);
    return toConnection(OrderLineConnection, {
      ...lines,
      items: lines.items.map(({ node, cursor }) => ({ node: toOrderLine(node, order), cursor })),
    });
  }

  @FieldResolver(() => TelephoneNumberConnection, {
    nullable: true,
    description: describe(
      "The order's numbers that are assigned to the account now, a page at a time: a page holds the page of `lines` " +
        'less the numbers not (or no longer) assigned, and totalCount counts every number on the order. The numbers of ' +
        'all orders in one request are read together.',
      '/orderDetail',
      '/tnDetail',
    ),
  })
  async numbers(
    @Root() order: Order,
    @Args(() => LinePageArgs) args: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<InstanceType<typeof TelephoneNumberConnection>> {
    const lines = await linesOf(order, args, 'numbers', ctx);
    const records = await ctx.loaders.numbers.telephoneNumber.loadMany(lines.items.map(({ node }) => node.tn));
    const failure = records.find((r): r is Error => r instanceof Error);
    if (failure) throw failure;
    const items = lines.items.flatMap(({ cursor }, i) => {
      const record = records[i] as TelephoneNumberRecord | null;
      return record ? [{ node: toTelephoneNumber(record), cursor }] : [];
    });
    return toConnection(TelephoneNumberConnection, { ...lines, items });
  }

  @FieldResolver(() => [OrderNote], {
    nullable: true,
    description: describe('Notes on the order, newest first.', '/orderNote'),
  })
  async notes(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<OrderNote[]> {
    const notes = await ctx.loaders.orders.orderNotes.load(order.id);
    return notes.map(toOrderNote);
  }

  @FieldResolver(() => [ExcludedTelephoneNumber], {
    nullable: true,
    description: describe('Numbers the carrier left out of this order, and why.', '/excludedTnList'),
  })
  async excludedNumbers(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<ExcludedTelephoneNumber[]> {
    const excluded = await ctx.loaders.orders.excludedByOrder.load(order.id);
    return excluded.map((e) => toExcludedNumber(e, order.id));
  }

  @Mutation(() => CancelOrderPayload, {
    nullable: true,
    description: describe(
      'Cancel a PENDING order, by id or by your customerOrderReference. An unknown order (NOT_FOUND), a reference several ' +
        'orders carry (CONFLICT) or an order in another status (WRONG_STATUS) is a userError.',
      '/orderCancel',
      '/orderList',
      '/orderDetail',
    ),
  })
  async cancelOrder(
    @Arg('input', () => CancelOrderInput, { description: 'The order to cancel.' }) input: CancelOrderInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<CancelOrderPayload> {
    return cancelOrder(ctx, input);
  }

  @Mutation(() => AddOrderNotePayload, {
    nullable: true,
    description: describe(
      'Add a note to an order, by id or by your customerOrderReference. An unknown order (NOT_FOUND) or a reference several ' +
        'orders carry (CONFLICT) is a userError.',
      '/orderAddNote',
      '/orderList',
      '/orderNote',
    ),
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
    description: describe('The number, while it is assigned to the account; the lines of one request are read together.', '/tnDetail'),
  })
  async telephoneNumber(@Root() line: OrderLine, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(line.tn);
    return record ? toTelephoneNumber(record) : null;
  }
}

@Resolver(() => ExcludedTelephoneNumber)
export class ExcludedTelephoneNumberResolver {
  @FieldResolver(() => Order, { nullable: true, description: describe('The order the number was left out of.', '/orderDetail') })
  async order(@Root() excluded: ExcludedTelephoneNumber, @Ctx() ctx: GatewayContext): Promise<Order | null> {
    if (!isCarrierOrderId(excluded.orderId)) return null;
    const detail = await ctx.loaders.orders.orderDetail.load(excluded.orderId);
    return detail ? toOrder(detail) : null;
  }
}

/** Order-side relations of TelephoneNumber (the numbers domain does not know orders). */
@Resolver(() => TelephoneNumber)
export class TelephoneNumberOrdersResolver {
  @FieldResolver(() => OrderConnection, {
    nullable: true,
    description: describe('Orders that include this number, newest first, a page at a time.', '/orderList'),
  })
  async orders(
    @Root() tn: TelephoneNumber,
    @PageArgsOf() { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<OrderConnection> {
    const filter = new OrderFilter();
    filter.tn = tn.tn;
    return listOrders(ctx, { filter, first, after });
  }

  @FieldResolver(() => [ExcludedTelephoneNumber], {
    nullable: true,
    description: describe('Orders this number was left out of, and why.', '/excludedTnList'),
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
