/**
 * End-to-end: the timestamps and dates of orders, their notes, numbers and exclusions.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import { OrderDatesDocument, OrdersDatesDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { orderHelpers, ISO_UTC, LOCAL_DATE } from '../../support/orders.js';
import { INCOMPLETE_MS, ROUTE_MS_PER_TN, FEATURE_MS } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();
const { placeFeatureOrder, orderStatus, sandboxNow } = orderHelpers(stack);

describe('dates', () => {
  it('the same order has the same timestamps by id and in a list: UTC DateTimes and LocalDates, none invented', async () => {
    const placedAt = await sandboxNow();
    const orderId = await placeFeatureOrder('DATES1', ['6123453622']);
    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN + FEATURE_MS);
    const closedAt = await sandboxNow();
    expect(await orderStatus(orderId)).toBe('CLOSED');

    await stack.control.clearCalls();
    const byId = ok(await stack.request(OrderDatesDocument, { id: orderId })).order!;
    expect(byId).toMatchObject({
      id: orderId,
      createdAt: placedAt, // /orderDetail's createdDate has the time of day
      createdOn: placedAt.slice(0, 10),
      createdBy: 'api_user',
      lastModifiedAt: closedAt, // the close, from lastModifiedString (yyyyMMddHHmmss + nanoseconds + offset)
      desiredDueDate: expect.stringMatching(LOCAL_DATE),
      desiredPortTime: null,
    });
    expect(byId.numbers!.nodes.map((n) => n.activatedAt)).toEqual([expect.stringMatching(ISO_UTC)]);
    // lastModifiedAt is only on /orderList: one call by orderId.
    const listCalls = await stack.control.servicesCalls('orderList');
    expect(listCalls.map((c) => c.body)).toEqual([expect.objectContaining({ orderId: Number(orderId) })]);

    await stack.control.clearCalls();
    const [listed] = ok(await stack.request(OrdersDatesDocument, { filter: { customerOrderReference: 'DATES1' } })).orders!.nodes;
    // /orderList gives createdDate as a date only; createdAt comes from /orderDetail rather than being invented.
    expect(listed).toMatchObject({
      id: orderId,
      createdAt: byId.createdAt,
      createdOn: byId.createdOn,
      createdBy: byId.createdBy,
      lastModifiedAt: byId.lastModifiedAt,
      desiredDueDate: byId.desiredDueDate,
    });
    // One list call; the detail is the settled order's cached one from the read by id.
    expect(await stack.control.servicesCalls('orderList')).toHaveLength(1);
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(0);
  });

  it('a list that does not ask for createdAt reads no order details', async () => {
    await stack.control.clearCalls();
    const nodes = ok(await stack.gql(`{ orders(first: 50) { nodes { id createdOn lastModifiedAt } } }`)).orders!.nodes as {
      createdOn: string;
      lastModifiedAt: string;
    }[];
    expect(nodes).toHaveLength(50);
    for (const n of nodes) {
      expect(n.createdOn).toMatch(LOCAL_DATE);
      expect(n.lastModifiedAt).toMatch(ISO_UTC);
    }
    expect((await stack.control.servicesCalls()).map((c) => c.operation)).toEqual(['orderList']);

    // Asking for createdAt reads each order's detail (the list has the date only), the batched read `lines` uses.
    await stack.control.clearCalls();
    const timed = ok(await stack.gql(`{ orders(first: 3) { nodes { id createdOn createdAt lines { nodes { tn } } } } }`)).orders!.nodes as {
      createdOn: string;
      createdAt: string;
    }[];
    for (const n of timed) {
      expect(n.createdAt).toMatch(ISO_UTC);
      expect(n.createdAt.slice(0, 10)).toBe(n.createdOn);
    }
    expect(await stack.control.servicesCalls('orderDetail')).toHaveLength(3);
  });

  it('exclusions carry the date the carrier reports, notes and numbers their UTC times', async () => {
    const orderId = await placeFeatureOrder('DATES2', ['6123453622'], [{ tn: '3123489651' }]);
    const day = (await sandboxNow()).slice(0, 10);
    const order = ok(await stack.request(OrderDatesDocument, { id: orderId })).order!;
    expect(order.excludedNumbers).toEqual([{ tn: '3123489651', excludedOn: day }]);
    const seeded = ok(await stack.request(OrderDatesDocument, { id: '1025000' })).order!;
    expect(seeded.notes!.length).toBeGreaterThan(0);
    for (const note of seeded.notes!) expect(note).toMatchObject({ createdAt: expect.stringMatching(ISO_UTC), createdBy: 'api_user' });
    for (const number of seeded.numbers!.nodes) expect(number.activatedAt).toMatch(ISO_UTC);
    // The order was placed before its note and its numbers were activated.
    expect(seeded.createdAt! < seeded.notes![0]!.createdAt!).toBe(true);
  });
});
