/**
 * `orders` and `TelephoneNumber.orders`: one connection over /orderList.
 * The carrier filters by one status per call, so `statuses` with several
 * values reads each status's list with the same sort and merges them.
 */
import type { OrderListFilter } from '../../upstream/orders/order-list.js';
import type { OrderSummary } from '../../upstream/shared/order-summary.js';
import type { Page, PageRequest } from '../../upstream/shared/page.js';
import { checkPageArgs, fetchWindow, PAGE_LIMITS, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { DEFAULT_ORDER_SORT, type OrderFilter, type OrderSort } from './order.input.js';
import { OrderConnection } from './order.type.js';
import { NEWEST_FIRST } from './orders.loaders.js';
import { toOrder } from './orders.mapper.js';
import type { OrderStatus } from './orders.enums.js';

type ListFilter = Omit<OrderListFilter, 'page'>;

/** `statuses`, or the deprecated `status`; both given is a CONFLICT at the former name. */
function statusesOf(issues: Issues, f: OrderFilter): OrderStatus[] {
  if (f.status && f.statuses) {
    issues.add(['filter', 'status'], UserErrorCode.CONFLICT, 'Give statuses only: status is its former name.');
    return [];
  }
  if (f.statuses && f.statuses.length === 0)
    issues.add(['filter', 'statuses'], UserErrorCode.REQUIRED, 'statuses must not be empty when given.');
  return [...new Set(f.statuses ?? (f.status ? [f.status] : []))];
}

/** The order of `sort` between two list entries; ties and unknown keys fall back to the order id. */
function compareBy(sort: PageRequest): (a: OrderSummary, b: OrderSummary) => number {
  const sign = sort.direction === 'asc' ? 1 : -1;
  const byId = (a: OrderSummary, b: OrderSummary) => Number(a.orderId) - Number(b.orderId);
  const key = (o: OrderSummary): string | undefined =>
    sort.property === 'customerOrderReference'
      ? o.customerOrderReference
      : sort.property === 'desiredDueDate'
        ? o.desiredDueDate
        : undefined;
  return (a, b) => sign * ((key(a) ?? '').localeCompare(key(b) ?? '') || byId(a, b));
}

/** One carrier page of the merged lists of several statuses: each status's list is read up to the page's end. */
function mergedPages(ctx: GatewayContext, filter: ListFilter, statuses: OrderStatus[], sort: PageRequest) {
  return async ({ page = 1, size = PAGE_LIMITS.defaultFirst }: PageRequest): Promise<Page<OrderSummary>> => {
    const lists = await Promise.all(
      statuses.map((status) => ctx.api.orders.orderList({ ...filter, status, page: { page: 1, size: page * size, ...sort } })),
    );
    const merged = lists.flatMap((l) => l.items).sort(compareBy(sort));
    const totalItems = lists.reduce((sum, l) => sum + l.totalItems, 0);
    return { items: merged.slice((page - 1) * size, page * size), page, totalPages: Math.ceil(totalItems / size), totalItems };
  };
}

export async function listOrders(
  ctx: GatewayContext,
  args: { filter?: OrderFilter | null; sort?: OrderSort | null } & PageArgs,
): Promise<OrderConnection> {
  const issues = new Issues();
  const f = args.filter ?? {};
  issues.customerOrderReference(['filter', 'customerOrderReference'], f.customerOrderReference);
  if (f.products && f.products.length === 0)
    issues.add(['filter', 'products'], UserErrorCode.REQUIRED, 'products must not be empty when given.');
  if (f.createdFrom && f.createdTo && f.createdFrom > f.createdTo) {
    issues.add(['filter', 'createdTo'], UserErrorCode.CONFLICT, 'createdTo must not be before createdFrom.');
  }
  const statuses = statusesOf(issues, f as OrderFilter);
  // Always sent: the carrier documents no default order, and `orders` promises newest first.
  const { field, direction } = args.sort ?? DEFAULT_ORDER_SORT;
  const sort: PageRequest = { property: field, direction: direction ?? DEFAULT_ORDER_SORT.direction };
  const filter: ListFilter = {
    ...(f.customerOrderReference ? { customerOrderReference: f.customerOrderReference } : {}),
    ...(f.products ? { products: [...new Set(f.products)] } : {}),
    ...(f.type ? { serviceOrderType: f.type } : {}),
    ...(statuses.length === 1 ? { status: statuses[0] } : {}),
    ...(f.tn ? { tn: f.tn } : {}),
    ...(f.createdFrom ? { createdFrom: String(f.createdFrom) } : {}),
    ...(f.createdTo ? { createdTo: String(f.createdTo) } : {}),
  };
  const page = checkPageArgs(issues, args, PAGE_LIMITS, 'orders', { filter, statuses, sort });
  issues.throwIfAny();
  // The per-TN loader sorts newest first too, so only the default order can share it.
  const onlyTn =
    Object.keys(filter).length === 1 &&
    statuses.length === 0 &&
    filter.tn &&
    sort.property === NEWEST_FIRST.property &&
    sort.direction === NEWEST_FIRST.direction;
  const fetchPage =
    statuses.length > 1
      ? mergedPages(ctx, filter, statuses, sort)
      : (request: PageRequest) =>
          onlyTn
            ? ctx.loaders.orders.ordersOfTn.load({ tn: filter.tn!, page: request })
            : ctx.api.orders.orderList({ ...filter, page: { ...request, ...sort } });
  const window = await fetchWindow(page, fetchPage, (order) => order.orderId);
  return toConnection(OrderConnection, { ...window, items: window.items.map(({ node, cursor }) => ({ node: toOrder(node), cursor })) });
}
