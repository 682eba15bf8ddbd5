/**
 * End-to-end: telephone numbers, inventory and number mutations over real
 * HTTP (client → gateway → sandbox carrier). Each test gets a fresh stack
 * (sandbox with a manual clock + gateway with an empty read cache), so no
 * state or cache entry leaks between tests. Upstream calls are counted from
 * the sandbox's own call log.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  AvailableTelephoneNumbersDocument,
  DisconnectTelephoneNumbersDocument,
  InventoryCoverageDocument,
  OrderTelephoneNumbersDocument,
  ReleaseTelephoneNumbersDocument,
  ReservedTelephoneNumbersDocument,
  ReserveTelephoneNumbersDocument,
  TelephoneNumberDocument,
  TelephoneNumbersDocument,
  TrunkGroupNumbersDocument,
  UpdatePortOutPinDocument,
  UpdateTelephoneNumberFeaturesDocument,
  UpdateTelephoneNumberNoteDocument,
  UpdateTelephoneNumberTrunkGroupDocument,
  type OrderTelephoneNumbersMutationVariables,
} from '../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../support/assertions.js';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;

beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack?.close();
});

const E911 = {
  name: 'Acme Widgets',
  origStreetNum: '233',
  origStreetInfo: 'S Wacker Dr',
  origLocation: 'Floor 12',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60606',
};

/** Lifecycle timings of the sandbox (guide: Incomplete ~10 s, 4 TNs/s routing, features a few seconds). */
const INCOMPLETE_MS = 10_000;
const ROUTE_MS_PER_TN = 250;
const FEATURE_MS = 3_000;

// ---------------------------------------------------------------------------

describe('telephoneNumber', () => {
  it('returns an assigned number with rate center, trunk group, features and hasPortOutPin', async () => {
    const data = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489651' }));
    expect(data.telephoneNumber).toEqual({
      tn: '3123489651',
      status: 'IN_SERVICE',
      trunkGroupName: 'CHCGIL24CL1_897',
      trunkGroup: { name: 'CHCGIL24CL1_897' },
      hasPortOutPin: true,
      note: null,
      rateCenter: { abbreviation: 'CHICAGO', name: 'CHICAGO', lata: '358', province: 'IL', tier: 'TIER_0' },
      features: {
        callerId: { callingName: null, cnamDip: true },
        directoryListing: null,
        e911: expect.objectContaining({ name: 'Sam Khan', origCity: 'Chicago', origState: 'IL' }),
        messaging: null,
      },
    });
    // One /tnDetail call for exactly this TN.
    const calls = await stack.control.servicesCalls();
    expect(calls.map((c) => c.operation)).toEqual(['tnDetail']);
    expect(calls[0]!.body).toMatchObject({ tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] } });
  });

  it('shows calling name, messaging and note where the number has them', async () => {
    const data = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489653' }));
    expect(data.telephoneNumber).toMatchObject({
      tn: '3123489653',
      hasPortOutPin: false,
      note: 'Fax',
      features: { callerId: { callingName: 'GRACE NG' }, messaging: { messageClass: 'P2P', messageType: 'SMSMMS' }, e911: null },
    });
  });

  it('is null for a number not assigned to the account (inventory number)', async () => {
    const res = await stack.request(TelephoneNumberDocument, { tn: '3184074100' });
    expect(ok(res).telephoneNumber).toBeNull();
    expect(res.errors).toBeUndefined();
  });

  it('normalises "+1 (312) 348-9651" and sends ten digits upstream', async () => {
    const data = ok(await stack.request(TelephoneNumberDocument, { tn: '+1 (312) 348-9651' }));
    expect(data.telephoneNumber?.tn).toBe('3123489651');
    const [call] = await stack.control.servicesCalls('tnDetail');
    expect(call!.body).toMatchObject({ tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] } });
  });

  it('serves a repeated read from the cache (one upstream call for two requests)', async () => {
    ok(await stack.request(TelephoneNumberDocument, { tn: '3123489652' }));
    ok(await stack.request(TelephoneNumberDocument, { tn: '3123489652' }));
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(1);
  });
});

describe('telephoneNumbers connection', () => {
  it('filters by trunk group and pages with cursors (second page differs, totalCount stable)', async () => {
    const filter = { trunkGroupName: 'CHCGIL24CL1_897' };
    const first = ok(await stack.request(TelephoneNumbersDocument, { first: 10, filter })).telephoneNumbers!;
    expect(first.totalCount).toBeGreaterThan(10);
    expect(first.edges).toHaveLength(10);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.hasPreviousPage).toBe(false);
    expect(first.pageInfo.endCursor).toBe(first.edges[9]!.cursor);
    for (const { node } of first.edges) expect(node.trunkGroupName).toBe('CHCGIL24CL1_897');

    const second = ok(
      await stack.request(TelephoneNumbersDocument, { first: 10, after: first.pageInfo.endCursor, filter }),
    ).telephoneNumbers!;
    expect(second.totalCount).toBe(first.totalCount);
    expect(second.edges).toHaveLength(10);
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    const firstTns = first.edges.map((e) => e.node.tn);
    const secondTns = second.edges.map((e) => e.node.tn);
    expect(secondTns.filter((tn) => firstTns.includes(tn))).toEqual([]);
    for (const { node } of second.edges) expect(node.trunkGroupName).toBe('CHCGIL24CL1_897');
    // Default sort is by TN: the pages continue each other.
    expect(secondTns[0]! > firstTns[9]!).toBe(true);

    // Walking every page yields exactly totalCount distinct numbers, all on the trunk group.
    const all = new Set<string>();
    let after: string | null | undefined = null;
    for (let i = 0; i < 20; i++) {
      const page: (typeof first) = ok(await stack.request(TelephoneNumbersDocument, { first: 25, after, filter })).telephoneNumbers!;
      page.edges.forEach((e) => all.add(e.node.tn));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(all.size).toBe(first.totalCount);
    expect(all.has('3123489651')).toBe(true);
    expect(all.has('7735162004')).toBe(true);
    expect(all.has('3123804519')).toBe(false); // on CHCGIL24CL1_898
  });

  it('a cursor can be reused (retry, refetch) and gives the same page; with other filters it is refused before any call', async () => {
    const filter = { trunkGroupName: 'CHCGIL24CL1_897' };
    const first = ok(await stack.request(TelephoneNumbersDocument, { first: 5, filter })).telephoneNumbers!;
    const after = first.pageInfo.endCursor;
    const once = ok(await stack.request(TelephoneNumbersDocument, { first: 5, after, filter })).telephoneNumbers!;
    const twice = ok(await stack.request(TelephoneNumbersDocument, { first: 5, after, filter })).telephoneNumbers!;
    expect(twice.edges.map((e) => e.node.tn)).toEqual(once.edges.map((e) => e.node.tn));
    // The carrier's searchId is a scroll iterator; sending it would make the replay above differ.
    const calls = await stack.control.servicesCalls('tnDetail');
    expect(calls.filter((c) => 'searchId' in (c.body as object))).toEqual([]);

    await withoutUpstreamCalls(stack, async () => {
      const error = onlyError(await stack.request(TelephoneNumbersDocument, { first: 5, after, filter: { province: 'TX' } }));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(error.message).toMatch(/other filters or sort/);
    });
  });

  it('filters by status and sends the filter upstream', async () => {
    const inService = ok(await stack.request(TelephoneNumbersDocument, { first: 5, filter: { status: 'IN_SERVICE' } })).telephoneNumbers!;
    expect(inService.totalCount).toBeGreaterThan(50);
    for (const { node } of inService.edges) expect(node.status).toBe('IN_SERVICE');
    const pending = ok(await stack.request(TelephoneNumbersDocument, { first: 5, filter: { status: 'PENDING' } })).telephoneNumbers!;
    expect(pending.totalCount).toBe(0);
    expect(pending.edges).toEqual([]);
    expect(pending.pageInfo.hasNextPage).toBe(false);
    const calls = await stack.control.servicesCalls('tnDetail');
    expect(calls.map((c) => (c.body as any).tnSearchList.tnSearchItem[0].tnStatus)).toEqual(['INSVC', 'PNDNG']);
  });

  it('TrunkGroup.telephoneNumbers lists the numbers routed to the group', async () => {
    const data = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_898', first: 100 }));
    expect(data.trunkGroup?.assigned).toBe(true);
    const tns = data.trunkGroup!.telephoneNumbers!.nodes.map((n) => n.tn);
    expect(tns).toContain('3123804519');
    expect(tns).not.toContain('3123489651');
    for (const n of data.trunkGroup!.telephoneNumbers!.nodes) expect(n.trunkGroupName).toBe('CHCGIL24CL1_898');
  });
});

describe('availableTelephoneNumbers', () => {
  it('searches by mask and pages with cursors', async () => {
    const search = { tnMask: '318407410x' };
    const first = ok(await stack.request(AvailableTelephoneNumbersDocument, { search, first: 4 })).availableTelephoneNumbers!;
    expect(first.totalCount).toBe(10);
    expect(first.nodes.map((n) => n.tn)).toEqual(['3184074100', '3184074101', '3184074102', '3184074103']);
    expect(first.nodes[0]).toMatchObject({ city: 'COLFAX', countryCode: expect.any(String), rateCenter: { abbreviation: 'COLFAX', lata: '486', province: 'LA' } });
    expect(first.pageInfo.hasNextPage).toBe(true);

    const second = ok(
      await stack.request(AvailableTelephoneNumbersDocument, { search, first: 4, after: first.pageInfo.endCursor }),
    ).availableTelephoneNumbers!;
    expect(second.totalCount).toBe(10);
    expect(second.nodes.map((n) => n.tn)).toEqual(['3184074104', '3184074105', '3184074106', '3184074107']);

    const third = ok(
      await stack.request(AvailableTelephoneNumbersDocument, { search, first: 4, after: second.pageInfo.endCursor }),
    ).availableTelephoneNumbers!;
    expect(third.nodes.map((n) => n.tn)).toEqual(['3184074108', '3184074109']);
    expect(third.pageInfo.hasNextPage).toBe(false);

    const calls = await stack.control.servicesCalls('tnInventory');
    expect(calls).toHaveLength(3);
    expect(calls[0]!.body).toMatchObject({ tnMask: '318407410x' });
  });

  it('searches a vanity wildcard *HELLO* (43556)', async () => {
    const conn = ok(await stack.request(AvailableTelephoneNumbersDocument, { search: { tnWildcard: '*HELLO*' }, first: 50 }))
      .availableTelephoneNumbers!;
    const tns = conn.nodes.map((n) => n.tn);
    expect(tns).toEqual(expect.arrayContaining(['3124355601', '6304355602']));
    expect(conn.totalCount).toBe(tns.length);
    for (const tn of tns) expect(tn).toContain('43556');
    const [call] = await stack.control.servicesCalls('tnInventory');
    expect(call!.body).toMatchObject({ tnWildcard: '*HELLO*' });
    expect(call!.body).not.toHaveProperty('tnMask');
  });

  it('searches by rate center', async () => {
    const conn = ok(await stack.request(AvailableTelephoneNumbersDocument, { search: { rateCenter: 'COLFAX' }, first: 20 }))
      .availableTelephoneNumbers!;
    expect(conn.totalCount).toBeGreaterThanOrEqual(10);
    expect(conn.nodes).toHaveLength(20);
    for (const n of conn.nodes) expect(n.rateCenter).toMatchObject({ abbreviation: 'COLFAX', lata: '486', province: 'LA' });
    const [call] = await stack.control.servicesCalls('tnInventory');
    expect(call!.body).toMatchObject({ rateCenter: 'COLFAX', tnMask: 'xxxxxxxxxx' });
  });
});

describe('inventoryCoverage', () => {
  it('groups counts by rate center and by NPA-NXX, consistently', async () => {
    const byRc = ok(await stack.request(InventoryCoverageDocument, { groupBy: 'RATE_CENTER', province: 'LA' })).inventoryCoverage!;
    expect(byRc).toEqual([expect.objectContaining({ rateCenter: 'COLFAX', province: 'LA', lata: '486', count: expect.any(Number) })]);
    const colfax = byRc[0]!.count;
    expect(colfax).toBeGreaterThanOrEqual(10);

    const byNpaNxx = ok(await stack.request(InventoryCoverageDocument, { groupBy: 'NPA_NXX', province: 'LA' })).inventoryCoverage!;
    expect(byNpaNxx.map((e) => `${e.npa}${e.nxx}`).sort()).toEqual(['318407', '318627']);
    expect(byNpaNxx.reduce((sum, e) => sum + e.count, 0)).toBe(colfax);

    const calls = await stack.control.servicesCalls('tnInventoryCoverage');
    expect(calls.map((c) => c.body)).toEqual([
      expect.objectContaining({ countBy: 'rateCenter', province: 'LA' }),
      expect.objectContaining({ province: 'LA' }),
    ]);
  });

  it('rejects wireless coverage when the account is not enabled (UPSTREAM_REJECTED, 414)', async () => {
    const res = await stack.request(InventoryCoverageDocument, { wireless: true });
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamStatusCode: '414', upstreamOperation: 'tnInventoryCoverage' });
    expect(error.message).toMatch(/wireless/i);
    expect(error.path).toEqual(['inventoryCoverage']);

    await stack.control.account({ wirelessEnabled: true });
    const allowed = ok(await stack.request(InventoryCoverageDocument, { wireless: true }));
    expect(allowed.inventoryCoverage!.length).toBeGreaterThan(0);
  });
});

describe('reservations', () => {
  it('reserve → reservedTelephoneNumbers → release, with a TN the carrier excludes', async () => {
    // 3123489651 is assigned already: the carrier skips it.
    const reserved = ok(
      await stack.request(ReserveTelephoneNumbersDocument, { tns: ['3184074100', '(318) 407-4101', '3123489651'] }),
    ).reserveTelephoneNumbers!;
    expect(reserved).toMatchObject({
      requestedCount: 3,
      succeededCount: 2,
      tns: ['3184074100', '3184074101'],
      excludedTns: ['3123489651'],
    });
    expect(reserved.userErrors).toEqual([
      { field: ['input', 'tns', '2'], code: 'EXCLUDED', message: expect.stringContaining('3123489651') },
    ]);
    expect(reserved.reservedNumbers.map((r) => r.tn).sort()).toEqual(['3184074100', '3184074101']);
    expect(reserved.reservedNumbers[0]!.rateCenter?.abbreviation).toBe('COLFAX');
    expect(await stack.control.servicesCalls('tnReserve')).toHaveLength(1);

    const list = ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!;
    expect(list.map((r) => r.tn)).toEqual(expect.arrayContaining(['3184074100', '3184074101']));
    expect(list.find((r) => r.tn === '3184074100')).toMatchObject({ city: 'COLFAX', wireless: false });

    // A reserved number is no longer available.
    const available = ok(await stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '318407410x' }, first: 50 }))
      .availableTelephoneNumbers!;
    expect(available.nodes.map((n) => n.tn)).not.toContain('3184074100');
    expect(available.totalCount).toBe(8);

    const released = ok(await stack.request(ReleaseTelephoneNumbersDocument, { tns: ['3184074100', '3184074101'] }))
      .releaseTelephoneNumbers!;
    expect(released).toEqual({ userErrors: [], requestedCount: 2, succeededCount: 2, tns: ['3184074100', '3184074101'], excludedTns: [] });
    const after = ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!;
    expect(after.map((r) => r.tn)).not.toContain('3184074100');
    expect(after.map((r) => r.tn)).not.toContain('3184074101');
  });

  it('reservations lapse after four hours of sandbox time', async () => {
    ok(await stack.request(ReserveTelephoneNumbersDocument, { tns: ['6123453622'] }));
    expect(ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!.map((r) => r.tn)).toContain('6123453622');
    await stack.control.advance(4 * 60 * 60 * 1000 + 1);
    expect(ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!.map((r) => r.tn)).not.toContain('6123453622');
  });
});

describe('orderTelephoneNumbers', () => {
  it('completes a small featureless order synchronously: numbers In Service at once, no order id', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, {
        input: {
          customerOrderReference: 'SYNC1',
          numbers: [
            { tn: '3184074102', trunkGroupName: 'ATLNGAQS08T_266', note: 'Lobby phone' },
            { tn: '+1 318 407 4103', trunkGroupName: 'ATLNGAQS08T_266' },
          ],
        },
      }),
    ).orderTelephoneNumbers!;
    expect(data.userErrors).toEqual([]);
    expect(data.orderId).toBeNull();
    expect(data.order).toBeNull();
    expect(data.completedSynchronously).toBe(true);
    expect(data.excludedNumbers).toEqual([]);
    expect(data.numbers.map((n) => [n.tn, n.status, n.trunkGroupName])).toEqual([
      ['3184074102', 'IN_SERVICE', 'ATLNGAQS08T_266'],
      ['3184074103', 'IN_SERVICE', 'ATLNGAQS08T_266'],
    ]);
    expect(data.numbers[0]!.note).toBe('Lobby phone');
    expect(data.numbers[0]!.rateCenter?.abbreviation).toBe('COLFAX');

    const [call] = await stack.control.servicesCalls('tnOrder');
    const tnOrder = (call!.body as any).tnOrder;
    expect(tnOrder.customerOrderReference).toBe('SYNC1');
    // The guide's /tnOrder example sends tn as a JSON number; compare digits.
    expect(tnOrder.tnList.tnItem.map((i: any) => [String(i.tn), i.trunkGroup, i.tnNote])).toEqual([
      ['3184074102', 'ATLNGAQS08T_266', 'Lobby phone'],
      ['3184074103', 'ATLNGAQS08T_266', undefined],
    ]);

    // The ordered numbers left inventory and are on the account.
    const available = ok(await stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '318407410x' }, first: 50 }))
      .availableTelephoneNumbers!;
    expect(available.nodes.map((n) => n.tn)).not.toContain('3184074102');
    const read = ok(await stack.request(TelephoneNumberDocument, { tn: '3184074103' })).telephoneNumber;
    expect(read).toMatchObject({ status: 'IN_SERVICE', trunkGroupName: 'ATLNGAQS08T_266' });
  });

  it('creates an order for numbers with features: INCOMPLETE → PENDING → CLOSED, numbers become IN_SERVICE with the features', async () => {
    const input: OrderTelephoneNumbersMutationVariables['input'] = {
      customerOrderReference: 'FEAT42',
      numbers: [
        {
          tn: '6123453622',
          trunkGroupName: 'CHCGIL24CL1_897',
          features: {
            callerId: { callingName: 'ACME WIDGETS', cnamDip: true },
            e911: E911,
            messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' },
          },
        },
        { tn: '6123453623', trunkGroupName: 'CHCGIL24CL1_897', features: { callerId: { callingName: 'ACME SALES' } } },
      ],
    };
    const data = ok(await stack.request(OrderTelephoneNumbersDocument, { input })).orderTelephoneNumbers!;
    expect(data.userErrors).toEqual([]);
    expect(data.completedSynchronously).toBe(false);
    expect(data.orderId).toMatch(/^\d+$/);
    expect(Number(data.orderId)).toBeGreaterThanOrEqual(1026470);
    expect(data.order).toEqual({
      id: data.orderId,
      status: 'INCOMPLETE',
      type: 'NEW',
      product: 'TELEPHONE_NUMBER',
      customerOrderReference: 'FEAT42',
      numberCount: 2,
    });
    expect(data.numbers.map((n) => [n.tn, n.status])).toEqual([
      ['6123453622', 'PENDING'],
      ['6123453623', 'PENDING'],
    ]);
    expect(await stack.control.servicesCalls('tnOrder')).toHaveLength(1);
    const orderId = data.orderId!;

    const status = async () =>
      ok(await stack.gql<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: orderId })).order.status;

    await stack.control.advance(INCOMPLETE_MS);
    expect(await status()).toBe('PENDING');

    await stack.control.advance(2 * ROUTE_MS_PER_TN + FEATURE_MS);
    expect(await status()).toBe('CLOSED');

    const n1 = ok(await stack.request(TelephoneNumberDocument, { tn: '6123453622' })).telephoneNumber;
    expect(n1).toMatchObject({
      tn: '6123453622',
      status: 'IN_SERVICE',
      trunkGroupName: 'CHCGIL24CL1_897',
      features: {
        callerId: { callingName: 'ACME WIDGETS', cnamDip: true },
        e911: { name: 'Acme Widgets', origStreetNum: '233', origStreetInfo: 'S Wacker Dr', origCity: 'Chicago', origState: 'IL', origPostalCode: '60606' },
        messaging: { messageClass: 'A2PLC', messageType: 'SMSMMS' },
      },
    });
    const n2 = ok(await stack.request(TelephoneNumberDocument, { tn: '6123453623' })).telephoneNumber;
    expect(n2).toMatchObject({ status: 'IN_SERVICE', features: { callerId: { callingName: 'ACME SALES' }, e911: null, messaging: null } });
  });

  it('surfaces a number the carrier excludes in excludedNumbers and userErrors (EXCLUDED)', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, {
        input: {
          numbers: [
            { tn: '6123453624', features: { callerId: { callingName: 'ACME' } } },
            { tn: '3123489651' }, // already on the account
          ],
        },
      }),
    ).orderTelephoneNumbers!;
    expect(data.orderId).toMatch(/^\d+$/);
    expect(data.excludedNumbers).toEqual([
      { tn: '3123489651', reason: expect.stringMatching(/already assigned/i), orderId: data.orderId },
    ]);
    expect(data.userErrors).toEqual([
      { field: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED', message: expect.stringMatching(/3123489651.*already assigned/i) },
    ]);
    // Only the accepted number is on the payload (and it is Pending on the new order).
    expect(data.numbers.map((n) => [n.tn, n.status])).toEqual([['6123453624', 'PENDING']]);
    expect(data.order).toMatchObject({ id: data.orderId, status: 'INCOMPLETE', numberCount: 1 });
    // The excluded, already-assigned number is untouched.
    const untouched = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489651' })).telephoneNumber;
    expect(untouched).toMatchObject({ status: 'IN_SERVICE', trunkGroupName: 'CHCGIL24CL1_897' });
  });

  it('a number not in inventory: nothing ordered, the reason comes back as a userError', async () => {
    const data = ok(await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: [{ tn: '3125550123' }] } }))
      .orderTelephoneNumbers!;
    expect(data.orderId).toBeNull();
    expect(data.completedSynchronously).toBe(false);
    expect(data.numbers).toEqual([]);
    expect(data.excludedNumbers).toEqual([{ tn: '3125550123', reason: expect.stringMatching(/inventory/i), orderId: null }]);
    expect(data.userErrors).toEqual([{ field: ['input', 'numbers', '0', 'tn'], code: 'EXCLUDED', message: expect.stringContaining('3125550123') }]);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3125550123' })).telephoneNumber).toBeNull();
  });
});

describe('number changes', () => {
  it('updateTelephoneNumberTrunkGroup: the number moves once the order closes and appears on the new trunk group', async () => {
    // Warm the cache with the old state first: the mutation must invalidate it.
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3124795862' })).telephoneNumber?.trunkGroupName).toBe('CHCGIL24CL1_897');

    const data = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, {
        input: { customerOrderReference: 'MOVE1', numbers: [{ tn: '3124795862', trunkGroupName: 'CHCGIL24CL1_898' }] },
      }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(data.userErrors).toEqual([]);
    expect(data.completedSynchronously).toBe(false);
    expect(data.order).toMatchObject({ id: data.orderId, status: 'INCOMPLETE', type: 'CHANGE', customerOrderReference: 'MOVE1' });
    const [call] = await stack.control.servicesCalls('tnUpdate');
    expect((call!.body as any).tnList.tnItem.map((i: any) => [String(i.tn), i.trunkGroup])).toEqual([['3124795862', 'CHCGIL24CL1_898']]);

    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN);
    const order = ok(await stack.gql<{ order: { status: string } }>(`query($id: ID!) { order(id: $id) { status } }`, { id: data.orderId }));
    expect(order.order.status).toBe('CLOSED');

    const moved = ok(await stack.request(TelephoneNumberDocument, { tn: '3124795862' })).telephoneNumber;
    expect(moved).toMatchObject({ trunkGroupName: 'CHCGIL24CL1_898', trunkGroup: { name: 'CHCGIL24CL1_898' }, status: 'IN_SERVICE' });

    const group = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_898', first: 100 })).trunkGroup!;
    expect(group.telephoneNumbers!.nodes.map((n) => n.tn)).toContain('3124795862');
    const old = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_897', first: 100 })).trunkGroup!;
    expect(old.telephoneNumbers!.nodes.map((n) => n.tn)).not.toContain('3124795862');
  });

  it('numbers on an order in flight bypass the shared read cache; other numbers stay cached', async () => {
    ok(await stack.request(TelephoneNumberDocument, { tn: '3123489651' }));
    const move = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, { input: { numbers: [{ tn: '3124795863', trunkGroupName: 'CHCGIL24CL1_898' }] } }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(move.numbers).toEqual([{ tn: '3124795863', status: 'IN_SERVICE', trunkGroupName: 'CHCGIL24CL1_897' }]);

    await stack.control.clearCalls();
    const both = ok(
      await stack.gql<{ a: { trunkGroupName: string }; b: { trunkGroupName: string } }>(
        `{ a: telephoneNumber(tn: "3123489651") { trunkGroupName } b: telephoneNumber(tn: "3124795863") { trunkGroupName } }`,
      ),
    );
    expect(both).toEqual({ a: { trunkGroupName: 'CHCGIL24CL1_897' }, b: { trunkGroupName: 'CHCGIL24CL1_897' } });
    const calls = await stack.control.servicesCalls('tnDetail');
    expect(calls.map((c) => (c.body as any).tnSearchList.tnSearchItem.map((i: any) => i.tnMask))).toEqual([['3124795863']]);

    // Routed 250 ms after Incomplete ends: the next read sees it at once.
    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3124795863' })).telephoneNumber?.trunkGroupName).toBe('CHCGIL24CL1_898');
  });

  it('updateTelephoneNumberTrunkGroup to an unknown trunk group is excluded by the carrier', async () => {
    const data = ok(
      await stack.request(UpdateTelephoneNumberTrunkGroupDocument, { input: { numbers: [{ tn: '3124795863', trunkGroupName: 'NOPE_1' }] } }),
    ).updateTelephoneNumberTrunkGroup!;
    expect(data.orderId).toBeNull();
    expect(data.completedSynchronously).toBe(false); // nothing was done
    expect(data.validationPending).toBe(false);
    expect(data.excludedNumbers).toEqual([{ tn: '3124795863', reason: expect.stringContaining('NOPE_1') }]);
    // The reason is about the trunk group: the error points at that field, not at the number.
    expect(data.userErrors).toEqual([
      { field: ['input', 'numbers', '0', 'trunkGroupName'], code: 'EXCLUDED', message: expect.stringMatching(/3124795863.*trunk group.*NOPE_1/i) },
    ]);
  });

  it('a partial E911 or messaging change is refused on a number without that feature, allowed on one that has it', async () => {
    await stack.control.clearCalls();
    const partial = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: { numbers: [{ tn: '3123489654', features: { e911: { origCity: 'Evanston' }, messaging: { netNumberId: '123' } } }] },
      }),
    ).updateTelephoneNumberFeatures!;
    const fields = partial.userErrors.map((e) => e.field.slice(3).join('.'));
    expect(fields).toEqual([
      'features.e911.name',
      'features.e911.origStreetNum',
      'features.e911.origStreetInfo',
      'features.e911.origState',
      'features.e911.origPostalCode',
      'features.messaging.messageClass',
      'features.messaging.messageType',
    ]);
    expect(partial.userErrors.every((e) => e.code === 'REQUIRED')).toBe(true);
    expect(partial.userErrors[0]!.message).toMatch(/has no E911 yet/);
    expect(await stack.control.servicesCalls('tnFeatureOrder')).toEqual([]);
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(1);

    // With E911 in place, changing one field of it is a change like any other.
    ok(await stack.request(UpdateTelephoneNumberFeaturesDocument, { input: { numbers: [{ tn: '3123489654', features: { e911: E911 } }] } }));
    await stack.control.advance(INCOMPLETE_MS + FEATURE_MS);
    const moved = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, { input: { numbers: [{ tn: '3123489654', features: { e911: { origLocation: 'Floor 14' } } }] } }),
    ).updateTelephoneNumberFeatures!;
    expect(moved.userErrors).toEqual([]);
    expect(await stack.control.servicesCalls('tnFeatureOrder')).toHaveLength(2);
  });

  it('updateTelephoneNumberFeatures adds, then removes, features', async () => {
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber?.features).toMatchObject({
      callerId: { callingName: null },
      e911: null,
    });

    const added = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: {
          numbers: [{ tn: '3123489654', features: { callerId: { callingName: 'FRONT DESK' }, e911: E911, messaging: { messageClass: 'P2P', messageType: 'SMS' } } }],
        },
      }),
    ).updateTelephoneNumberFeatures!;
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({ id: added.orderId, type: 'CHANGE', status: 'INCOMPLETE' });
    const [addCall] = await stack.control.servicesCalls('tnFeatureOrder');
    const addItem = (addCall!.body as any).tnFeatureOrder.tnList.tnItem;
    expect(addItem).toHaveLength(1);
    expect(String(addItem[0].tn)).toBe('3123489654');
    expect(addItem[0].tnFeature).toMatchObject({ callerId: { callingName: 'FRONT DESK' }, e911: { name: 'Acme Widgets' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } });

    await stack.control.advance(INCOMPLETE_MS + FEATURE_MS);
    const withFeatures = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber!;
    expect(withFeatures.features).toMatchObject({
      callerId: { callingName: 'FRONT DESK' },
      e911: { name: 'Acme Widgets', origCity: 'Chicago' },
      messaging: { messageClass: 'P2P', messageType: 'SMS' },
    });

    const removed = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: { numbers: [{ tn: '3123489654', remove: { e911: true, messaging: true, callerId: true } }] },
      }),
    ).updateTelephoneNumberFeatures!;
    expect(removed.userErrors).toEqual([]);
    const [, removeCall] = await stack.control.servicesCalls('tnFeatureOrder');
    expect((removeCall!.body as any).tnFeatureOrder.tnList.tnItem[0].tnFeature).toMatchObject({
      callerId: { removeTnFeature: 'Y' },
      e911: { removeTnFeature: 'Y' },
      messaging: { removeTnFeature: 'Y' },
    });

    await stack.control.advance(INCOMPLETE_MS + FEATURE_MS);
    const without = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber!;
    expect(without.features).toMatchObject({ callerId: { callingName: null }, e911: null, messaging: null });
    expect(without.status).toBe('IN_SERVICE');
  });

  it('updatePortOutPin sets a PIN that never appears in any response', async () => {
    const PIN = '86420';
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489655' })).telephoneNumber?.hasPortOutPin).toBe(false);

    const res = await stack.request(UpdatePortOutPinDocument, { input: { numbers: [{ tn: '3123489655', portOutPin: PIN }] } });
    expect(ok(res).updatePortOutPin).toEqual({ userErrors: [], excludedNumbers: [], numbers: [{ tn: '3123489655', hasPortOutPin: true }] });
    expect(JSON.stringify(res)).not.toContain(PIN);
    const [call] = await stack.control.servicesCalls('portOutPinUpdate');
    expect(call).toBeDefined();

    const read = await stack.request(TelephoneNumberDocument, { tn: '3123489655' });
    expect(ok(read).telephoneNumber?.hasPortOutPin).toBe(true);
    expect(JSON.stringify(read)).not.toContain(PIN);

    // No field of the schema exposes it either: search every scalar of the number.
    const everything = await stack.gql(`{ telephoneNumber(tn: "3123489655") { tn status note source activatedBy hasPortOutPin
      endUser { name } features { callerId { callingName } } } telephoneNumbers(filter: { tnMask: "3123489655" }) { nodes { hasPortOutPin note } } }`);
    expect(everything.errors).toBeUndefined();
    expect(JSON.stringify(everything)).not.toContain(PIN);
  });

  it('updateTelephoneNumberNote: the new note is read back at once (cache invalidated)', async () => {
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber?.note).toBe('Sales');
    const data = ok(
      await stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: [{ tn: '3123489654', note: 'Reception desk' }] } }),
    ).updateTelephoneNumberNote!;
    expect(data).toEqual({ userErrors: [], excludedNumbers: [], numbers: [{ tn: '3123489654', note: 'Reception desk' }] });
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber?.note).toBe('Reception desk');
    const found = ok(await stack.request(TelephoneNumbersDocument, { filter: { noteContains: 'Reception' } })).telephoneNumbers!;
    expect(found.edges.map((e) => e.node.tn)).toEqual(['3123489654']);
  });

  it('disconnectTelephoneNumbers: PENDING_DISCONNECT, then gone once the order closes', async () => {
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '7735162004' })).telephoneNumber?.status).toBe('IN_SERVICE');

    const data = ok(
      await stack.request(DisconnectTelephoneNumbersDocument, { input: { customerOrderReference: 'BYE1', tns: ['7735162004'] } }),
    ).disconnectTelephoneNumbers!;
    expect(data.userErrors).toEqual([]);
    expect(data.order).toMatchObject({ id: data.orderId, type: 'DISCONNECT', status: 'INCOMPLETE', customerOrderReference: 'BYE1' });
    expect(data.numbers).toEqual([{ tn: '7735162004', status: 'PENDING_DISCONNECT' }]);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '7735162004' })).telephoneNumber?.status).toBe('PENDING_DISCONNECT');

    await stack.control.advance(INCOMPLETE_MS + ROUTE_MS_PER_TN);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '7735162004' })).telephoneNumber).toBeNull();
    const group = ok(await stack.request(TrunkGroupNumbersDocument, { name: 'CHCGIL24CL1_897', first: 100 })).trunkGroup!;
    expect(group.telephoneNumbers!.nodes.map((n) => n.tn)).not.toContain('7735162004');
  });
});

describe('per-number refusals of immediate updates', () => {
  it('updateTelephoneNumberNote: a number the carrier refuses is an EXCLUDED userError on its tn; the others are updated', async () => {
    const data = ok(
      await stack.request(UpdateTelephoneNumberNoteDocument, {
        input: { numbers: [{ tn: '3123489651', note: 'ok' }, { tn: '9999999999', note: 'x' }] },
      }),
    ).updateTelephoneNumberNote!;
    expect(data.userErrors).toEqual([
      { field: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED', message: expect.stringMatching(/9999999999.*not assigned/i) },
    ]);
    expect(data.excludedNumbers).toEqual([{ tn: '9999999999', reason: expect.stringMatching(/not assigned/i), orderId: null }]);
    expect(data.numbers).toEqual([{ tn: '3123489651', note: 'ok' }]);
    // The carrier's answer carried the refusal in `status` with statusCode 200.
    const [call] = await stack.control.servicesCalls('tnNoteUpdate');
    expect(call!.statusCode).toBe('200');
  });

  it('updatePortOutPin: the same for PINs', async () => {
    const res = await stack.request(UpdatePortOutPinDocument, {
      input: { numbers: [{ tn: '9999999999', portOutPin: 'SECRET1' }, { tn: '3123489655', portOutPin: 'SECRET2' }] },
    });
    const data = ok(res).updatePortOutPin!;
    expect(data.userErrors).toEqual([
      { field: ['input', 'numbers', '0', 'tn'], code: 'EXCLUDED', message: expect.stringMatching(/9999999999.*not assigned/i) },
    ]);
    expect(data.excludedNumbers.map((e) => e.tn)).toEqual(['9999999999']);
    expect(data.numbers).toEqual([{ tn: '3123489655', hasPortOutPin: true }]);
    expect(JSON.stringify(res)).not.toMatch(/SECRET/);
  });
});

describe('orders the carrier validates in the background (more than 100 numbers)', () => {
  // 3125550100-3125550200: not in the sandbox's inventory, not on the account.
  const tns101 = Array.from({ length: 101 }, (_, i) => String(3125550100 + i));

  it('orderTelephoneNumbers of 101 invalid numbers: validationPending, nothing excluded yet; the order is canceled with every number excluded', async () => {
    const data = ok(await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: tns101.map((tn) => ({ tn })) } }))
      .orderTelephoneNumbers!;
    expect(data.orderId).toMatch(/^\d+$/);
    expect(data.validationPending).toBe(true);
    expect(data.completedSynchronously).toBe(false);
    expect(data.excludedNumbers).toEqual([]);
    expect(data.userErrors).toEqual([]);

    await stack.control.advance(INCOMPLETE_MS + 1_000);
    const order = ok(
      await stack.gql<{ order: { status: string; excludedNumbers: { tn: string }[] } }>(
        `query($id: ID!) { order(id: $id) { status excludedNumbers { tn } } }`,
        { id: data.orderId },
      ),
    ).order;
    expect(order.status).toBe('CANCELED');
    expect(order.excludedNumbers.map((e) => e.tn).sort()).toEqual(tns101);
  });

  it('disconnectTelephoneNumbers of 101 numbers is validationPending too; 100 numbers are validated at once', async () => {
    const big = ok(await stack.request(DisconnectTelephoneNumbersDocument, { input: { tns: tns101 } })).disconnectTelephoneNumbers!;
    expect(big).toMatchObject({ validationPending: true, completedSynchronously: false, excludedNumbers: [], userErrors: [] });
    expect(big.orderId).toMatch(/^\d+$/);

    const small = ok(await stack.request(DisconnectTelephoneNumbersDocument, { input: { tns: tns101.slice(0, 100) } }))
      .disconnectTelephoneNumbers!;
    expect(small.validationPending).toBe(false);
    expect(small.completedSynchronously).toBe(false);
    expect(small.excludedNumbers).toHaveLength(100);
    expect(small.userErrors[99]).toMatchObject({ field: ['input', 'tns', '99'], code: 'EXCLUDED' });
  });

  it('a small order is not validationPending', async () => {
    const data = ok(await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: [{ tn: '3184074105' }] } })).orderTelephoneNumbers!;
    expect(data).toMatchObject({ orderId: null, completedSynchronously: true, validationPending: false, userErrors: [] });
  });
});

describe('unknown trunk group', () => {
  it('orderTelephoneNumbers: the exclusion points at trunkGroupName; nothing done → completedSynchronously false', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: [{ tn: '3184074106', trunkGroupName: 'NOPE_123' }] } }),
    ).orderTelephoneNumbers!;
    expect(data.orderId).toBeNull();
    expect(data.completedSynchronously).toBe(false);
    expect(data.numbers).toEqual([]);
    expect(data.excludedNumbers).toEqual([{ tn: '3184074106', reason: expect.stringContaining('NOPE_123'), orderId: null }]);
    expect(data.userErrors).toEqual([
      { field: ['input', 'numbers', '0', 'trunkGroupName'], code: 'EXCLUDED', message: expect.stringMatching(/3184074106.*trunk group/i) },
    ]);
    // Sent as the carrier's `trunkGroup`, checked by the carrier (no trunk group list is read first).
    const calls = await stack.control.servicesCalls();
    expect(calls.map((c) => c.operation)).toEqual(['tnOrder']);
    expect((calls[0]!.body as any).tnOrder.tnList.tnItem[0].trunkGroup).toBe('NOPE_123');
  });

  it('with another number applied at once, completedSynchronously is true and only the bad one is an error', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, {
        input: {
          numbers: [
            { tn: '3184074107', trunkGroupName: 'CHCGIL24CL1_897' },
            { tn: '3184074108', trunkGroupName: 'NOPE_123' },
            { tn: '3125550123' }, // not in inventory: about the number, not a trunk group
          ],
        },
      }),
    ).orderTelephoneNumbers!;
    expect(data.completedSynchronously).toBe(true);
    expect(data.numbers.map((n) => n.tn)).toEqual(['3184074107']);
    expect(data.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.numbers.1.trunkGroupName', 'EXCLUDED'],
      ['input.numbers.2.tn', 'EXCLUDED'],
    ]);
  });
});

describe('naming', () => {
  it('a sort without direction sends the carrier its documented lower-case "asc" (enum defaults use internal values)', async () => {
    ok(await stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '318407410x' }, sort: { field: 'TN' }, first: 3 }));
    ok(await stack.request(TelephoneNumbersDocument, { first: 3, sort: { field: 'TN' } }));
    const [inventory] = await stack.control.servicesCalls('tnInventory');
    const [detail] = await stack.control.servicesCalls('tnDetail');
    expect(inventory!.body).toMatchObject({ pageSort: { property: 'tn', direction: 'asc' } });
    expect(detail!.body).toMatchObject({ pageSort: { property: 'tn', direction: 'asc' } });
  });

  it('availableTelephoneNumbers takes sort: { field, direction } like telephoneNumbers and orders; capabilities.callerId', async () => {
    const search = { tnMask: '318407410x' };
    const sort = { field: 'TN', direction: 'DESC' } as const;
    const first = ok(await stack.request(AvailableTelephoneNumbersDocument, { search, sort, first: 3 })).availableTelephoneNumbers!;
    expect(first.nodes.map((n) => n.tn)).toEqual(['3184074109', '3184074108', '3184074107']);
    expect(first.nodes[0]!.capabilities).toEqual({ callerId: expect.any(Boolean), e911: expect.any(Boolean), messaging: expect.any(Boolean) });
    const [call] = await stack.control.servicesCalls('tnInventory');
    expect(call!.body).toMatchObject({ pageSort: { property: 'tn', direction: 'desc' } });

    // A cursor belongs to its sort.
    await withoutUpstreamCalls(stack, async () => {
      const other = await stack.request(AvailableTelephoneNumbersDocument, { search, first: 3, after: first.pageInfo.endCursor });
      expect(onlyError(other).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    });

    // The old names are gone.
    const old = await stack.gql(`{ availableTelephoneNumbers(search: { sortBy: TN }) { totalCount } }`);
    expect(old.errors?.[0]?.message).toMatch(/sortBy/);
    const oldInput = await stack.gql(`mutation { orderTelephoneNumbers(input: { numbers: [{ tn: "3184074100", trunkGroup: "X" }] }) { orderId } }`);
    expect(oldInput.errors?.[0]?.message).toMatch(/trunkGroup/);
  });
});

describe('descriptions', () => {
  it('MessageType values and the end user, directory listing and E911 input fields are described; reservations say when they lapse', async () => {
    const data = ok(
      await stack.gql<Record<string, { description: string | null; enumValues?: { name: string; description: string | null }[]; inputFields?: { name: string; description: string | null }[] }>>(`{
        messageType: __type(name: "MessageType") { description enumValues { name description } }
        endUser: __type(name: "EndUserInput") { description inputFields { name description } }
        directoryListing: __type(name: "DirectoryListingInput") { description inputFields { name description } }
        e911: __type(name: "E911AddressInput") { description inputFields { name description } }
        reserved: __type(name: "ReservedTelephoneNumber") { description }
      }`),
    );
    const undescribed = Object.entries(data).flatMap(([type, t]) =>
      [...(t.enumValues ?? []), ...(t.inputFields ?? [])].filter((f) => !f.description?.trim()).map((f) => `${type}.${f.name}`),
    );
    expect(undescribed).toEqual([]);
    expect(data['reserved']!.description).toMatch(/four hours/);
  });
});

// ---------------------------------------------------------------------------

describe('validation: nothing reaches the carrier', () => {
  it('a 9-digit TN is BAD_USER_INPUT (as a variable and inline)', async () => {
    const res = await withoutUpstreamCalls(stack, () => stack.request(TelephoneNumberDocument, { tn: '312348965' }));
    const error = onlyError(res);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/ten-digit/);
    expect(error.message).toContain('9 digits');

    const inline = await withoutUpstreamCalls(stack, () => stack.gql(`{ telephoneNumber(tn: "312348965") { tn } }`));
    expect(onlyError(inline).extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlyError(inline).message).toContain('9 digits');

    const inMutation = await withoutUpstreamCalls(stack, () => stack.request(ReserveTelephoneNumbersDocument, { tns: ['3184074100', '318407410'] }));
    expect(onlyError(inMutation).extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a mask of the wrong length is BAD_USER_INPUT naming the field', async () => {
    const res = await withoutUpstreamCalls(stack, () => stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '312xxxx' } }));
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search.tnMask' });
    expect(error.message).toMatch(/exactly 10 characters/);

    const filter = await withoutUpstreamCalls(stack, () => stack.request(TelephoneNumbersDocument, { filter: { tnMask: '312xxxxxxxx' } }));
    expect(onlyError(filter).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.tnMask' });
  });

  it('rate center together with city is BAD_USER_INPUT', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.request(AvailableTelephoneNumbersDocument, { search: { rateCenter: 'CHICAGO', city: 'Chicago', province: 'IL' } }),
    );
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search.city' });
    expect(error.message).toMatch(/mutually exclusive/);
  });

  it('radius above 50 is BAD_USER_INPUT', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.request(AvailableTelephoneNumbersDocument, { search: { postalCode: '60661', radius: 51 } }),
    );
    const error = onlyError(res);
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search.radius' });
    expect(error.message).toMatch(/1 to 50/);
  });

  const orderInvalid = async (input: OrderTelephoneNumbersMutationVariables['input']) => {
    const data = ok(await withoutUpstreamCalls(stack, () => stack.request(OrderTelephoneNumbersDocument, { input }))).orderTelephoneNumbers!;
    expect(data.orderId).toBeNull();
    expect(data.order).toBeNull();
    expect(data.numbers).toEqual([]);
    return data.userErrors;
  };

  it('callingName over 15 characters, or without a letter, is a userError', async () => {
    const tooLong = await orderInvalid({ numbers: [{ tn: '6123453622', features: { callerId: { callingName: 'ACME WIDGETS INTL' } } }] });
    expect(tooLong).toEqual([
      { field: ['input', 'numbers', '0', 'features', 'callerId', 'callingName'], code: 'TOO_LONG', message: expect.stringMatching(/at most 15 characters \(got 17\)/) },
    ]);
    const noLetter = await orderInvalid({ numbers: [{ tn: '6123453622', features: { callerId: { callingName: '555-0100' } } }] });
    expect(noLetter).toEqual([
      { field: ['input', 'numbers', '0', 'features', 'callerId', 'callingName'], code: 'INVALID', message: expect.stringMatching(/at least one letter/) },
    ]);
    // The same rule on a feature change.
    const change = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberFeaturesDocument, { input: { numbers: [{ tn: '3123489651', features: { callerId: { callingName: '1234567' } } }] } }),
      ),
    ).updateTelephoneNumberFeatures!;
    expect(change.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.numbers.0.features.callerId.callingName', 'INVALID']]);
  });

  it('an E911 name over 32 characters is a userError', async () => {
    const errors = await orderInvalid({ numbers: [{ tn: '6123453622', features: { e911: { ...E911, name: 'A'.repeat(33) } } }] });
    expect(errors).toEqual([
      { field: ['input', 'numbers', '0', 'features', 'e911', 'name'], code: 'TOO_LONG', message: expect.stringMatching(/at most 32 characters \(got 33\)/) },
    ]);
  });

  it('a non-alphanumeric customerOrderReference is a userError', async () => {
    const errors = await orderInvalid({ customerOrderReference: 'PO-1234', numbers: [{ tn: '6123453622' }] });
    expect(errors).toEqual([{ field: ['input', 'customerOrderReference'], code: 'INVALID', message: expect.stringMatching(/alphanumeric/) }]);

    const disconnect = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(DisconnectTelephoneNumbersDocument, { input: { customerOrderReference: 'bye bye', tns: ['3123489651'] } }),
      ),
    ).disconnectTelephoneNumbers!;
    expect(disconnect.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.customerOrderReference', 'INVALID']]);
    expect(disconnect.orderId).toBeNull();
  });

  it('an empty TN list is a userError', async () => {
    const reserve = ok(await withoutUpstreamCalls(stack, () => stack.request(ReserveTelephoneNumbersDocument, { tns: [] }))).reserveTelephoneNumbers!;
    expect(reserve.userErrors).toEqual([{ field: ['input', 'tns'], code: 'REQUIRED', message: expect.stringMatching(/at least one telephone number/i) }]);
    expect(reserve.succeededCount).toBe(0);
    const order = await orderInvalid({ numbers: [] });
    expect(order).toEqual([{ field: ['input', 'numbers'], code: 'REQUIRED', message: expect.stringMatching(/at least one/i) }]);
    const disconnect = ok(await withoutUpstreamCalls(stack, () => stack.request(DisconnectTelephoneNumbersDocument, { input: { tns: [] } })))
      .disconnectTelephoneNumbers!;
    expect(disconnect.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.tns', 'REQUIRED']]);
  });

  it('duplicate TNs (also after normalisation) are a userError', async () => {
    const reserve = ok(
      await withoutUpstreamCalls(stack, () => stack.request(ReserveTelephoneNumbersDocument, { tns: ['3184074100', '+1 318-407-4100'] })),
    ).reserveTelephoneNumbers!;
    expect(reserve.userErrors).toEqual([
      { field: ['input', 'tns', '1'], code: 'DUPLICATE', message: expect.stringMatching(/3184074100 appears more than once \(first at input\.tns\[0\]\)/) },
    ]);
    const order = await orderInvalid({ numbers: [{ tn: '6123453622' }, { tn: '6123453623' }, { tn: '(612) 345-3622' }] });
    expect(order).toEqual([{ field: ['input', 'numbers', '2', 'tn'], code: 'DUPLICATE', message: expect.stringContaining('6123453622') }]);
  });

  it('one note limit (4000, the documents\' tnNote limit) wherever a note is set', async () => {
    const tooLong = 'n'.repeat(4001);
    const order = await orderInvalid({ numbers: [{ tn: '6123453622', note: tooLong }] });
    expect(order).toEqual([{ field: ['input', 'numbers', '0', 'note'], code: 'TOO_LONG', message: expect.stringMatching(/at most 4000 characters \(got 4001\)/) }]);
    const update = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: [{ tn: '3123489651', note: tooLong }] } }),
      ),
    ).updateTelephoneNumberNote!;
    expect(update.userErrors).toEqual([
      { field: ['input', 'numbers', '0', 'note'], code: 'TOO_LONG', message: expect.stringMatching(/at most 4000 characters/) },
    ]);
    expect(update.numbers).toEqual([]);

    // Within the limit, a long note goes through and is read back whole.
    const long = 'm'.repeat(2000);
    const applied = ok(await stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: [{ tn: '3123489651', note: long }] } }))
      .updateTelephoneNumberNote!;
    expect(applied.userErrors).toEqual([]);
    expect(applied.numbers[0]!.note).toBe(long);
  });

  it('trunk group names of more than 100 characters are a userError', async () => {
    const name = 'T'.repeat(300);
    const order = await orderInvalid({ numbers: [{ tn: '6123453622', trunkGroupName: name }] });
    expect(order).toEqual([{ field: ['input', 'numbers', '0', 'trunkGroupName'], code: 'TOO_LONG', message: expect.stringMatching(/at most 100 characters \(got 300\)/) }]);
    const move = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberTrunkGroupDocument, { input: { numbers: [{ tn: '3124795863', trunkGroupName: name }, { tn: '3124795862', trunkGroupName: ' ' }] } }),
      ),
    ).updateTelephoneNumberTrunkGroup!;
    expect(move.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.numbers.0.trunkGroupName', 'TOO_LONG'],
      ['input.numbers.1.trunkGroupName', 'REQUIRED'],
    ]);
    expect(move.orderId).toBeNull();
  });

  it('a customerOrderReference of more than 50 characters is a userError', async () => {
    const errors = await orderInvalid({ customerOrderReference: 'R'.repeat(300), numbers: [{ tn: '6123453622' }] });
    expect(errors).toEqual([{ field: ['input', 'customerOrderReference'], code: 'TOO_LONG', message: expect.stringMatching(/at most 50 characters \(got 300\)/) }]);
    const disconnect = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(DisconnectTelephoneNumbersDocument, { input: { customerOrderReference: 'R'.repeat(51), tns: ['3123489651'] } }),
      ),
    ).disconnectTelephoneNumbers!;
    expect(disconnect.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.customerOrderReference', 'TOO_LONG']]);
  });

  it('too many numbers in one request is a userError on the list (5000 reservations: one error, no call)', async () => {
    const tns = (n: number) => Array.from({ length: n }, (_, i) => String(3182000000 + i));
    const reserve = ok(await withoutUpstreamCalls(stack, () => stack.request(ReserveTelephoneNumbersDocument, { tns: tns(5000) })))
      .reserveTelephoneNumbers!;
    expect(reserve.userErrors).toEqual([
      { field: ['input', 'tns'], code: 'TOO_LONG', message: expect.stringMatching(/At most 1000 telephone numbers per request \(got 5000\)/) },
    ]);
    expect(reserve.succeededCount).toBe(0);

    const release = ok(await withoutUpstreamCalls(stack, () => stack.request(ReleaseTelephoneNumbersDocument, { tns: tns(1001) })))
      .releaseTelephoneNumbers!;
    expect(release.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.tns', 'TOO_LONG']]);

    const notes = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: tns(1001).map((tn) => ({ tn, note: 'n' })) } }),
      ),
    ).updateTelephoneNumberNote!;
    expect(notes.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.numbers', 'TOO_LONG']]);

    const pins = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdatePortOutPinDocument, { input: { numbers: tns(1001).map((tn) => ({ tn, portOutPin: '1' })) } }),
      ),
    ).updatePortOutPin!;
    expect(pins.userErrors.map((e) => [e.field.join('.'), e.code])).toEqual([['input.numbers', 'TOO_LONG']]);

    // At the limit, the request goes out (as one call).
    const atLimit = ok(await stack.request(ReserveTelephoneNumbersDocument, { tns: tns(1000) })).reserveTelephoneNumbers!;
    expect(atLimit.requestedCount).toBe(1000);
    expect(await stack.control.servicesCalls('tnReserve')).toHaveLength(1);
  });

  it('an inventory quantity of 10000 or more is BAD_USER_INPUT', async () => {
    const res = await withoutUpstreamCalls(stack, () => stack.request(AvailableTelephoneNumbersDocument, { search: { quantity: 10_000 } }));
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search.quantity' });
  });

  it('reports every problem of one input at once', async () => {
    const errors = await orderInvalid({
      customerOrderReference: 'a_b',
      numbers: [
        { tn: '6123453622', features: { callerId: { callingName: 'X'.repeat(16) }, e911: { ...E911, name: 'N'.repeat(40) } } },
        { tn: '6123453622' },
      ],
    });
    expect(errors.map((e) => [e.field.join('.'), e.code])).toEqual([
      ['input.customerOrderReference', 'INVALID'],
      ['input.numbers.1.tn', 'DUPLICATE'],
      ['input.numbers.0.features.callerId.callingName', 'TOO_LONG'],
      ['input.numbers.0.features.e911.name', 'TOO_LONG'],
    ]);
  });
});

describe('assignedTelephoneNumbers', () => {
  it('lists every assigned number in one /tnAssignedList call, and reads full records in /tnDetail batches of 100', async () => {
    await stack.control.clearCalls();
    const data = ok(await stack.gql(`{ assignedTelephoneNumbers { tn status telephoneNumber { tn trunkGroup { name } } } }`));
    const assigned = data.assignedTelephoneNumbers as { tn: string; status: string; telephoneNumber: { tn: string; trunkGroup: { name: string } } }[];
    expect(assigned.length).toBe(242);
    expect(assigned.every((n) => n.status === 'IN_SERVICE' && n.telephoneNumber.tn === n.tn && n.telephoneNumber.trunkGroup.name)).toBe(true);
    const calls = await stack.control.servicesCalls();
    expect(calls.filter((c) => c.operation === 'tnAssignedList')).toHaveLength(1);
    expect(calls.filter((c) => c.operation === 'tnDetail')).toHaveLength(Math.ceil(242 / 100));
  });

  it('filters by status, e.g. the numbers a disconnect left pending', async () => {
    ok(await stack.gql(`mutation { disconnectTelephoneNumbers(input: { tns: ["3123489654"] }) { orderId } }`));
    const data = ok(await stack.gql(`{ assignedTelephoneNumbers(status: PENDING_DISCONNECT) { tn status } }`));
    expect(data.assignedTelephoneNumbers).toEqual([{ tn: '3123489654', status: 'PENDING_DISCONNECT' }]);
  });
});
