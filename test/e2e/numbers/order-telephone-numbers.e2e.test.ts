/**
 * End-to-end: orderTelephoneNumbers (/tnOrder).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailableTelephoneNumbersDocument,
  OrderTelephoneNumbersDocument,
  TelephoneNumberDocument,
  type OrderTelephoneNumbersMutationVariables,
} from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { INCOMPLETE_MS, ROUTE_MS_PER_TN, FEATURE_MS, E911 } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();

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
    const available = ok(
      await stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '318407410x' }, first: 50 }),
    ).availableTelephoneNumbers!;
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
        e911: {
          name: 'Acme Widgets',
          origStreetNum: '233',
          origStreetInfo: 'S Wacker Dr',
          origCity: 'Chicago',
          origState: 'IL',
          origPostalCode: '60606',
        },
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
    expect(data.excludedNumbers).toEqual([{ tn: '3123489651', reason: expect.stringMatching(/already assigned/i), orderId: data.orderId }]);
    expect(data.userErrors).toEqual([
      { path: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED', message: expect.stringMatching(/3123489651.*already assigned/i) },
    ]);
    // Only the accepted number is on the payload (and it is Pending on the new order).
    expect(data.numbers.map((n) => [n.tn, n.status])).toEqual([['6123453624', 'PENDING']]);
    expect(data.order).toMatchObject({ id: data.orderId, status: 'INCOMPLETE', numberCount: 1 });
    // The excluded, already-assigned number is untouched.
    const untouched = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489651' })).telephoneNumber;
    expect(untouched).toMatchObject({ status: 'IN_SERVICE', trunkGroupName: 'CHCGIL24CL1_897' });
  });

  it('a number not in inventory: nothing ordered, the reason comes back as a userError', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: [{ tn: '3125550123' }] } }),
    ).orderTelephoneNumbers!;
    expect(data.orderId).toBeNull();
    expect(data.completedSynchronously).toBe(false);
    expect(data.numbers).toEqual([]);
    expect(data.excludedNumbers).toEqual([{ tn: '3125550123', reason: expect.stringMatching(/inventory/i), orderId: null }]);
    expect(data.userErrors).toEqual([
      { path: ['input', 'numbers', '0', 'tn'], code: 'EXCLUDED', message: expect.stringContaining('3125550123') },
    ]);
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3125550123' })).telephoneNumber).toBeNull();
  });
});

describe('orders the carrier validates in the background (more than 100 numbers)', () => {
  // 3125550100-3125550200: not in the sandbox's inventory, not on the account.
  const tns101 = Array.from({ length: 101 }, (_, i) => String(3125550100 + i));

  it('orderTelephoneNumbers of 101 invalid numbers: validationPending, nothing excluded yet; the order is canceled with every number excluded', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: tns101.map((tn) => ({ tn })) } }),
    ).orderTelephoneNumbers!;
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

  it('a small order is not validationPending', async () => {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, { input: { numbers: [{ tn: '3184074105' }] } }),
    ).orderTelephoneNumbers!;
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
      { path: ['input', 'numbers', '0', 'trunkGroupName'], code: 'EXCLUDED', message: expect.stringMatching(/3184074106.*trunk group/i) },
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
    expect(data.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.numbers.1.trunkGroupName', 'EXCLUDED'],
      ['input.numbers.2.tn', 'EXCLUDED'],
    ]);
  });
});
