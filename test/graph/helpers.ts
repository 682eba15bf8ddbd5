/**
 * Test helpers for the graph layer: an in-memory CarrierApi fake that COUNTS
 * calls (used only to check batching/caching/validation at the loader level;
 * the integrator's end-to-end tests run against the sandbox over HTTP).
 */
import { graphql, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import { Keyv } from 'keyv';
import { pino } from 'pino';
import { KeyvReadCache } from '../../src/cache/read-cache.js';
import type { CarrierApi } from '../../src/upstream/client.js';
import { DOMAINS, type DomainName } from '../../src/upstream/domains.js';
import type { TelephoneNumberRecord, TnDetailQuery } from '../../src/upstream/numbers/tn-detail.js';
import type { OrderDetail } from '../../src/upstream/orders/order-detail.js';
import type { OrderSummary } from '../../src/upstream/shared/order-summary.js';
import type { Page } from '../../src/upstream/shared/page.js';
import { createGatewayContext, type GatewayDeps } from '../../src/graph/context.js';
import { formatError } from '../../src/graph/common/errors.js';
import { buildGatewaySchema } from '../../src/graph/schema.js';

export interface Fake {
  api: CarrierApi;
  /** The arguments of every call, by operation name. */
  calls: Record<string, unknown[][]>;
  count(op: string): number;
  records: Map<string, TelephoneNumberRecord>;
  orders: Map<string, OrderDetail>;
}

type Overrides = { [D in DomainName]?: Partial<CarrierApi[D]> };

const notExpected = (op: string) => () => {
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
    product: 'TELEPHONE_NUMBER',
    productName: 'Telephone Number',
    type: 'NEW',
    serviceOrderName: 'New',
    tnQuantity: tns.length,
    lines: tns.map((tn) => ({ tn, trunkGroup: 'CHCGIL24CL1_897', status: 'In Service', statusCode: 'COMPLETE' })),
    notes: [],
  };
}

/**
 * A CarrierApi whose every operation, generated from the upstream definitions,
 * throws "not expected" unless the fake's defaults (over `records` and
 * `orders`) or the test's `overrides` answer it. Calls are counted by operation name.
 */
export function createFake(overrides: Overrides = {}): Fake {
  const calls: Record<string, unknown[][]> = {};
  const records = new Map<string, TelephoneNumberRecord>();
  const orders = new Map<string, OrderDetail>();
  const page = <T>(items: T[]): Page<T> => ({ items, page: 1, totalPages: items.length ? 1 : 0, totalItems: items.length });

  const defaults: Overrides = {
    numbers: {
      tnReservedList: async () => [],
      tnDetail: async ({ criteria }: TnDetailQuery) => {
        const exact = criteria.every((c) => /^\d{10}$/.test(c.tnMask));
        const items = exact
          ? criteria.map((c) => records.get(c.tnMask)).filter((r): r is TelephoneNumberRecord => !!r)
          : [...records.values()].filter((r) => criteria.some((c) => !c.trunkGroupName || c.trunkGroupName === r.trunkGroup));
        return page(items);
      },
    },
    orders: {
      orderList: async () => page<OrderSummary>([...orders.values()].map(({ lines: _l, notes: _n, ...s }) => s)),
      orderDetail: async (ref) => {
        const id =
          'orderId' in ref
            ? ref.orderId
            : [...orders.values()].find((o) => o.customerOrderReference === ref.customerOrderReference)?.orderId;
        const found = id ? orders.get(id) : undefined;
        if (!found) {
          const { UpstreamError } = await import('../../src/upstream/core/errors.js');
          throw new UpstreamError('NOT_FOUND', 'orderDetail', '430', 'No Results Found');
        }
        return found;
      },
      orderNote: async () => [],
      excludedTnList: async () => [],
    },
    trunkGroups: { trunkGroupSearchAssigned: async () => ['CHCGIL24CL1_897', 'NYCMNY13CL2_100'] },
  };

  const domain = (name: DomainName) =>
    Object.fromEntries(
      Object.keys(DOMAINS[name]).map((op) => {
        const pick = (from: Overrides) => (from[name] as Record<string, ((...args: unknown[]) => unknown) | undefined> | undefined)?.[op];
        const fn = pick(overrides) ?? pick(defaults) ?? notExpected(op);
        return [op, (...args: unknown[]) => ((calls[op] ??= []).push(args), fn(...args))];
      }),
    );
  const api = {
    ...Object.fromEntries((Object.keys(DOMAINS) as DomainName[]).map((name) => [name, domain(name)])),
    ping: async () => {},
  } as CarrierApi;
  const known = new Set(Object.values(DOMAINS).flatMap((d) => Object.keys(d)));
  const count = (op: string): number => {
    // A misspelt name would count 0 and pass any "not called" check.
    if (!known.has(op)) throw new Error(`fake: no carrier operation named ${op}`);
    return calls[op]?.length ?? 0;
  };
  return { api, calls, count, records, orders };
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
