/**
 * The gateway against a second reading of the carrier: the sandbox behind a
 * proxy that answers in the guide's other documented variants (numeric
 * statusCode, tn/orderId types flipped, Long.MAX token lifetime, HTTP 4xx
 * errors, 25-item tnDetail pages, the /Services/1.0.0 path). Answers must be
 * the same as against the sandbox directly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrdersWithNumbersAndTrunkGroupsDocument } from '../generated/operations.js';
import { ok } from '../support/assertions.js';
import { startStack, type Stack } from '../support/stack.js';
import { startVariantCarrier, VARIANT_MAX_DETAIL_PAGE } from '../support/variant-carrier.js';

let direct: Stack;
let variant: Stack;

beforeAll(async () => {
  [direct, variant] = await Promise.all([startStack(), startStack({ front: (sandbox) => startVariantCarrier(sandbox.url) })]);
});
afterAll(async () => {
  await Promise.all([direct.close(), variant.close()]);
});

describe('a carrier answering in the guide’s other variants', () => {
  it('answers the nested 50-order query exactly as the sandbox does, reading tnDetail batches across pages', async () => {
    const expected = ok(await direct.request(OrdersWithNumbersAndTrunkGroupsDocument, { first: 50 }));
    await variant.control.clearCalls();
    const actual = ok(await variant.request(OrdersWithNumbersAndTrunkGroupsDocument, { first: 50 }));
    expect(actual).toEqual(expected);

    const numbers = new Set(actual.orders!.edges.flatMap((e) => e.node.numbers!.nodes.map((n) => n.tn)));
    const details = await variant.control.servicesCalls('tnDetail');
    // Batches of up to 100 TNs, each read in pages of at most 25: one call per page.
    const batchSizes = Array.from({ length: Math.ceil(numbers.size / 100) }, (_, i) => Math.min(100, numbers.size - i * 100));
    expect(details).toHaveLength(batchSizes.reduce((calls, size) => calls + Math.ceil(size / VARIANT_MAX_DETAIL_PAGE), 0));
    expect(details.every((c) => c.body?.pageSort?.size <= VARIANT_MAX_DETAIL_PAGE)).toBe(true);
    expect(details.every((c) => c.version === '1.0.0')).toBe(true);
  });

  it('reads numbers, inventory and reservations the same way', async () => {
    const query = `{
      telephoneNumber(tn: "2012151499") { tn status wireless trunkGroup { name } rateCenter { abbreviation lata province } features { callerId { callingName } } }
      availableTelephoneNumbers(first: 3, search: { tnMask: "318407xxxx" }) { totalCount nodes { tn rateCenter { name } } }
      trunkGroups { name }
    }`;
    expect(ok(await variant.gql(query))).toEqual(ok(await direct.gql(query)));
  });

  it('orders numbers with features and follows the order to Closed', async () => {
    const order = await variant.gql(`mutation {
      orderTelephoneNumbers(input: { customerOrderReference: "VARIANT1", numbers: [
        { tn: "3184074108", trunkGroupName: "CHCGIL24CL1_897", features: { callerId: { callingName: "VARIANT CO" } } },
        { tn: "3123489651" }
      ] }) { orderId completedSynchronously excludedNumbers { tn reason } userErrors { code field } }
    }`);
    const payload = ok(order).orderTelephoneNumbers;
    expect(payload.orderId).toMatch(/^\d+$/);
    expect(payload.completedSynchronously).toBe(false);
    expect(payload.excludedNumbers.map((e: { tn: string }) => e.tn)).toEqual(['3123489651']);
    expect(payload.userErrors).toEqual([{ code: 'EXCLUDED', field: ['input', 'numbers', '1', 'tn'] }]);

    await variant.control.advance(60_000);
    const after = ok(
      await variant.gql(
        `{ order(id: "${payload.orderId}") { status customerOrderReference numbers { nodes { tn status features { callerId { callingName } } } } } }`,
      ),
    );
    expect(after.order).toEqual({
      status: 'CLOSED',
      customerOrderReference: 'VARIANT1',
      numbers: { nodes: [{ tn: '3184074108', status: 'IN_SERVICE', features: { callerId: { callingName: 'VARIANT CO' } } }] },
    });
  });

  it('maps errors sent with HTTP 4xx the same way as errors sent with HTTP 200', async () => {
    const unknown = await variant.gql(`{ order(id: "987654321") { id } }`);
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data!.order).toBeNull();

    // The carrier's 410 for a Closed order, sent with HTTP 4xx, is the same userError as with HTTP 200.
    const closed = ok(
      await variant.gql(`mutation { cancelOrder(input: { order: { id: "1025001" } }) { userErrors { code } order { id } } }`),
    );
    expect(closed.cancelOrder).toEqual({ userErrors: [{ code: 'WRONG_STATUS' }], order: { id: '1025001' } });

    const wireless = await variant.gql(`{ inventoryCoverage(wireless: true) { count } }`);
    expect(wireless.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamStatusCode: '414' });
  });
});
