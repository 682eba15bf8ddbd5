/** Port-in reads: portability, the CSR, port-in orders and every porting number. */
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { checkPageArgs, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { TnScalar } from '../common/scalars.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { OrderStatus } from '../orders/orders.enums.js';
import { JeopardyReason, PortStatus } from './port-in.enums.js';
import { portingNumberFromRow, toCustomerServiceRecord, toPortability, toPortInOrder } from './port-in.mapper.js';
import { resolvePortInOrder } from './port-in.references.js';
import { PortingNumberConnection, PortInOrder, PortInOrderConnection, type PortingNumber } from './port-in-order.type.js';
import { CustomerServiceRecord, Portability } from './portability.type.js';

export const PORT_IN_CONNECTION_LIMITS = { defaultFirst: 50, maxFirst: 500 };
/** Numbers per portability question: the graph's list maximum. */
const PORTABILITY_MAX = 500;

@Resolver()
export class PortInQueryResolver {
  @Query(() => [Portability], {
    nullable: true,
    description:
      'Whether numbers held by other carriers can be ported in, with the losing carrier, LRN and rate center tier; ' +
      `one answer per distinct number, in the order asked (at most ${PORTABILITY_MAX} distinct numbers).\n\nCarrier: /portInAvailability.`,
  })
  async portability(
    @Arg('tns', () => [TnScalar], { description: `The numbers to check (at most ${PORTABILITY_MAX}).` }) tns: string[],
    @Ctx() ctx: GatewayContext,
  ): Promise<Portability[]> {
    const issues = new Issues();
    const distinct = [...new Set(tns)];
    if (issues.nonEmpty(['tns'], tns, 'tns') && distinct.length > PORTABILITY_MAX) {
      issues.add(['tns'], UserErrorCode.TOO_LONG, `tns must have at most ${PORTABILITY_MAX} distinct numbers (got ${distinct.length}).`);
    }
    issues.throwIfAny();
    const answers = await ctx.loaders.portIn.portability.loadMany(distinct);
    return answers.flatMap((a) => {
      if (a instanceof Error) throw a;
      return a ? [toPortability(a)] : [];
    });
  }

  @Query(() => CustomerServiceRecord, {
    nullable: true,
    description:
      "The losing carrier's customer service record of a number, to prefill a port-in order. A failed lookup answers " +
      "`found: false` with the carrier's message.\n\nCarrier: /tnCsrLookup.",
  })
  async customerServiceRecord(
    @Arg('tn', () => TnScalar, { description: 'The number to look up.' }) tn: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<CustomerServiceRecord> {
    return toCustomerServiceRecord(await ctx.loaders.portIn.customerServiceRecord.load(tn));
  }

  @Query(() => PortInOrder, {
    nullable: true,
    description: 'One port-in order by id; null when there is none.\n\nCarrier: /portInOrderList.',
  })
  async portInOrder(
    @Arg('id', () => ID, { description: "The carrier's order id." }) id: string,
    @Ctx() ctx: GatewayContext,
  ): Promise<PortInOrder | null> {
    const issues = new Issues();
    issues.pattern(['id'], id, /^\d{1,15}$/, 'id is the numeric order id.');
    issues.throwIfAny();
    return resolvePortInOrder({ id }, ctx);
  }

  @Query(() => PortInOrderConnection, {
    nullable: true,
    description: 'Port-in orders with their numbers counted by status, newest first, paginated.\n\nCarrier: /portInOrderList.',
  })
  async portInOrders(
    @Arg('status', () => OrderStatus, { nullable: true, description: 'Only orders in this status.' }) status: OrderStatus | null,
    @Arg('tn', () => TnScalar, { nullable: true, description: 'Only orders porting this number.' }) tn: string | null,
    @Arg('customerOrderReference', () => String, { nullable: true, description: 'Only orders with this reference.' })
    customerOrderReference: string | null,
    @PageArgsOf(PORT_IN_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PortInOrderConnection> {
    const issues = new Issues();
    const filter = {
      ...(status ? { status } : {}),
      ...(tn ? { tn } : {}),
      ...(customerOrderReference ? { customerOrderReference } : {}),
    };
    const window = checkPageArgs(issues, { first, after }, PORT_IN_CONNECTION_LIMITS, 'portInOrders', filter);
    issues.throwIfAny();
    const read = await fetchWindow(
      window,
      (page) => ctx.loaders.portIn.portInOrderPage.load({ ...filter, page: { ...page, property: 'orderId', direction: 'desc' } }),
      (o) => o.orderId,
    );
    return toConnection(PortInOrderConnection, {
      ...read,
      items: read.items.map(({ node, cursor }) => ({ node: toPortInOrder(node), cursor })),
    });
  }

  @Query(() => PortingNumberConnection, {
    nullable: true,
    description:
      'Every number on pending port-ins with its own status, filterable by status and rejection reason, paginated ' +
      '(one carrier call per request, whatever the page).\n\nCarrier: /portInOrderTnList.',
  })
  async portingNumbers(
    @Arg('statuses', () => [PortStatus], { nullable: true, description: 'Only numbers in one of these statuses.' })
    statuses: PortStatus[] | null,
    @Arg('jeopardyReasons', () => [JeopardyReason], { nullable: true, description: 'Only numbers rejected for one of these reasons.' })
    jeopardyReasons: JeopardyReason[] | null,
    @PageArgsOf(PORT_IN_CONNECTION_LIMITS) { first, after }: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<PortingNumberConnection> {
    const issues = new Issues();
    const query = { statuses: statuses ?? null, jeopardyReasons: jeopardyReasons ?? null };
    const window = checkPageArgs(issues, { first, after }, PORT_IN_CONNECTION_LIMITS, 'portingNumbers', query);
    issues.throwIfAny();
    const all: PortingNumber[] = (await ctx.loaders.portIn.pendingNumbers.load('all'))
      .map(portingNumberFromRow)
      .filter((n) => !statuses?.length || (n.status !== null && statuses.includes(n.status)))
      .filter((n) => !jeopardyReasons?.length || (n.jeopardyReason !== null && jeopardyReasons.includes(n.jeopardyReason)));
    const read = await fetchWindow(
      window,
      (page) => {
        const size = page.size ?? window.first;
        const items = all.slice((page.page! - 1) * size, page.page! * size);
        return Promise.resolve({ items, page: page.page!, totalItems: all.length, totalPages: Math.ceil(all.length / size) });
      },
      (n) => `${n.orderId}:${n.tn}`,
    );
    return toConnection(PortingNumberConnection, read);
  }
}
