/**
 * End-to-end: the order query (/orderDetail).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sandbox is seeded with 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470.
 */
import { describe, expect, it } from 'vitest';
import { OrderByIdDocument, OrderByReferenceDocument } from '../../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('order', () => {
  it('reads a historical order by id with lines, notes and no exclusions', async () => {
    const order = ok(await stack.request(OrderByIdDocument, { id: '1025000' })).order!;
    expect(order).toMatchObject({
      id: '1025000',
      status: 'CLOSED',
      type: 'NEW',
      product: 'TELEPHONE_NUMBER',
      productLabel: 'Telephone Number',
      excludedNumbers: [],
      notes: [{ id: expect.any(String), text: 'Order received via API', createdBy: expect.any(String) }],
    });
    expect(order.lines!.nodes.length).toBeGreaterThan(0);
    expect(order.numberCount).toBe(order.lines!.nodes.length);
    for (const line of order.lines!.nodes) {
      expect(line.tn).toMatch(/^\d{10}$/);
      expect(line.trunkGroup?.name).toBe(line.trunkGroupName);
      expect(line.telephoneNumber).toEqual({ tn: line.tn, status: 'IN_SERVICE' });
      expect(line).toMatchObject({ status: 'COMPLETE', statusLabel: 'Complete' });
      expect(line.featureStatus.callerId).toEqual({ enabled: false, status: null });
    }
  });

  it('reads an order by customerOrderReference, the same order as by id', async () => {
    const byRef = ok(await stack.request(OrderByReferenceDocument, { customerOrderReference: 'SEED5056' })).order!;
    expect(byRef).toMatchObject({ id: '1025056', customerOrderReference: 'SEED5056', status: 'CLOSED', type: 'NEW' });
    const byId = ok(await stack.request(OrderByIdDocument, { id: '1025056' })).order!;
    expect(byId).toMatchObject({
      id: byRef.id,
      customerOrderReference: byRef.customerOrderReference,
      numberCount: byRef.numberCount,
      createdOn: byRef.createdOn,
    });
    const [call] = await stack.control.servicesCalls('orderDetail');
    expect(call!.body).toMatchObject({ customerOrderReference: 'SEED5056' });
  });

  it('is null for an unknown id or reference', async () => {
    const res = await stack.request(OrderByIdDocument, { id: '999999' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.order).toBeNull();
    const byRef = await stack.request(OrderByReferenceDocument, { customerOrderReference: 'NOSUCHREF' });
    expect(byRef.errors).toBeUndefined();
    expect(byRef.data!.order).toBeNull();
  });

  it('needs exactly one of id and customerOrderReference (BAD_USER_INPUT, no upstream call)', async () => {
    const both = onlyError(
      await withoutUpstreamCalls(stack, () => stack.gql(`{ order(id: "1025000", customerOrderReference: "SEED5000") { id } }`)),
    );
    expect(both.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerOrderReference',
      issues: [
        {
          field: 'customerOrderReference',
          code: 'CONFLICT',
          message: expect.stringMatching(/exactly one of id or customerOrderReference, not both/),
        },
      ],
    });
    const neither = onlyError(await withoutUpstreamCalls(stack, () => stack.gql(`{ order { id } }`)));
    expect(neither.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', issues: [{ field: 'id', code: 'REQUIRED' }] });
    const badRef = await withoutUpstreamCalls(stack, () => stack.gql(`{ order(customerOrderReference: "PO-1") { id } }`));
    expect(badRef.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerOrderReference' });
    const longRef = await withoutUpstreamCalls(stack, () => stack.gql(`{ order(customerOrderReference: "${'A'.repeat(51)}") { id } }`));
    expect(longRef.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customerOrderReference',
      issues: [{ code: 'TOO_LONG' }],
    });
  });

  it('refuses an id that is not a carrier order id (digits) before calling the carrier', async () => {
    for (const id of ['abc', '1025000x', '-1', '1.5', ' 1025000', '1234567890123456']) {
      const error = onlyError(await withoutUpstreamCalls(stack, () => stack.request(OrderByIdDocument, { id })));
      expect(error.extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', issues: [{ field: 'id', code: 'INVALID' }] });
      expect(error.message).toMatch(/digits only/);
    }
    const blank = onlyError(await withoutUpstreamCalls(stack, () => stack.request(OrderByIdDocument, { id: '' })));
    expect(blank.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id', issues: [{ code: 'REQUIRED' }] });
    // Federation references with such an id resolve to null without a call, too.
    const entities = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id } } }`, {
          r: [{ __typename: 'Order', id: 'abc' }],
        }),
      ),
    );
    expect(entities._entities).toEqual([null]);
  });
});
