/**
 * Test helpers for the graph layer: an in-memory CarrierApi fake that COUNTS
 * calls (used only to check batching/caching/validation at the loader level;
 * the integrator's end-to-end tests run against the sandbox over HTTP).
 */
import { graphql, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { Keyv } from 'keyv';
import { pino } from 'pino';
import { KeyvReadCache } from '../../src/cache/read-cache.js';
import type { CarrierApi } from '../../src/upstream/api.js';
import type { OrderDetail, OrderSummary, Page, TelephoneNumberRecord, TnSearchCriteria } from '../../src/upstream/model.js';
import { createGatewayContext, type GatewayDeps } from '../../src/graph/context.js';
import { formatError } from '../../src/graph/common/errors.js';
import { buildGatewaySchema } from '../../src/graph/schema.js';

export interface Fake {
  api: CarrierApi;
  calls: Record<string, unknown[][]>;
  count(op: string): number;
  records: Map<string, TelephoneNumberRecord>;
  orders: Map<string, OrderDetail>;
}

const notImplemented = (op: string) => () => {
  throw new Error(`fake: ${op} not expected`);
};

export function tnRecord(tn: string, trunkGroup = 'CHCGIL24CL1_897'): TelephoneNumberRecord {
  return {
    tn,
    status: 'IN_SERVICE',
    trunkGroup,
    rateCenter: 'CHICAGO',
    lata: '358',
    province: 'IL',
    tier: '0',
    features: { callerId: { callingName: 'ACME', cnamDip: true } },
    portOutPin: '1234',
  };
}

export function orderDetail(id: string, tns: string[]): OrderDetail {
  return {
    orderId: id,
    status: 'CLOSED',
    productName: 'Telephone Number',
    serviceOrderName: 'New',
    tnQuantity: tns.length,
    lines: tns.map((tn) => ({ tn, trunkGroup: 'CHCGIL24CL1_897', status: 'In Service' })),
    notes: [],
  };
}

export function createFake(overrides: Partial<{ numbers: Partial<CarrierApi['numbers']>; orders: Partial<CarrierApi['orders']> }> = {}): Fake {
  const calls: Record<string, unknown[][]> = {};
  const records = new Map<string, TelephoneNumberRecord>();
  const orders = new Map<string, OrderDetail>();
  const track =
    <A extends unknown[], R>(op: string, fn: (...args: A) => R) =>
    (...args: A): R => {
      (calls[op] ??= []).push(args);
      return fn(...args);
    };
  const tracked = <T extends object>(ops: Partial<T> | undefined, names: Record<string, string> = {}): Partial<T> =>
    Object.fromEntries(
      Object.entries(ops ?? {}).map(([k, fn]) => [k, track(names[k] ?? k, fn as (...a: unknown[]) => unknown)]),
    ) as Partial<T>;
  const page = <T>(items: T[]): Page<T> => ({ items, page: 1, totalPages: items.length ? 1 : 0, totalItems: items.length });

  const numbers: CarrierApi['numbers'] = {
    searchInventory: track('searchInventory', notImplemented('searchInventory')),
    inventoryCoverage: track('inventoryCoverage', notImplemented('inventoryCoverage')),
    reserve: track('reserve', notImplemented('reserve')),
    release: track('release', notImplemented('release')),
    listReserved: track('listReserved', async () => []),
    order: track('order', notImplemented('order')),
    listAssigned: track('listAssigned', notImplemented('listAssigned')),
    detail: track('detail', async (criteria: TnSearchCriteria[]) => {
      const exact = criteria.every((c) => /^\d{10}$/.test(c.tnMask));
      const items = exact
        ? criteria.map((c) => records.get(c.tnMask)).filter((r): r is TelephoneNumberRecord => !!r)
        : [...records.values()].filter((r) => criteria.some((c) => !c.trunkGroupName || c.trunkGroupName === r.trunkGroup));
      return page(items);
    }),
    updateTrunkGroup: track('updateTrunkGroup', notImplemented('updateTrunkGroup')),
    orderFeatures: track('orderFeatures', notImplemented('orderFeatures')),
    updatePortOutPin: track('updatePortOutPin', notImplemented('updatePortOutPin')),
    updateNote: track('updateNote', notImplemented('updateNote')),
    disconnect: track('disconnect', notImplemented('disconnect')),
    ...tracked(overrides.numbers),
  };
  const orderApi: CarrierApi['orders'] = {
    list: track('orderList', async () => page<OrderSummary>([...orders.values()].map(({ lines: _l, notes: _n, ...s }) => s))),
    detail: track('orderDetail', async (ref) => {
      const id = 'orderId' in ref ? ref.orderId : [...orders.values()].find((o) => o.customerOrderReference === ref.customerOrderReference)?.orderId;
      const found = id ? orders.get(id) : undefined;
      if (!found) {
        const { UpstreamError } = await import('../../src/upstream/errors.js');
        throw new UpstreamError('NOT_FOUND', 'orderDetail', '430', 'No Results Found');
      }
      return found;
    }),
    cancel: track('orderCancel', notImplemented('orderCancel')),
    addNote: track('orderAddNote', notImplemented('orderAddNote')),
    notes: track('orderNote', async () => []),
    excludedNumbers: track('excludedTnList', async () => []),
    ...tracked(overrides.orders, { list: 'orderList', detail: 'orderDetail', cancel: 'orderCancel', addNote: 'orderAddNote', notes: 'orderNote', excludedNumbers: 'excludedTnList' }),
  };
  const api: CarrierApi = {
    numbers,
    orders: orderApi,
    trunkGroups: { listAssigned: track('trunkGroupSearchAssigned', async () => ['CHCGIL24CL1_897', 'NYCMNY13CL2_100']) },
    ping: async () => {},
  };
  return { api, calls, count: (op) => calls[op]?.length ?? 0, records, orders };
}

export function depsFor(fake: Fake, extra: Partial<GatewayDeps> = {}): GatewayDeps {
  return {
    api: fake.api,
    cache: new KeyvReadCache(new Keyv()),
    logger: pino({ level: 'silent' }),
    ...extra,
  };
}

/** Execute one operation against the federated schema with a fresh per-request context; errors leave as the server formats them. */
export async function run(
  deps: GatewayDeps,
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<Omit<ExecutionResult, 'errors'> & { data?: any; errors?: GraphQLFormattedError[] }> {
  const schema = await buildGatewaySchema();
  const result = await graphql({ schema, source, variableValues, contextValue: createGatewayContext(deps) });
  const { errors, ...rest } = result;
  if (!errors) return rest;
  return { ...rest, errors: errors.map((error) => formatError(error.toJSON(), error)) };
}
