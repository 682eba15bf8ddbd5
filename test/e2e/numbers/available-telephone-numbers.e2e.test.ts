/**
 * End-to-end: availableTelephoneNumbers (the carrier's /tnInventory).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 * The sort naming tests also check the telephoneNumbers sort, which follows the same convention.
 */
import { describe, expect, it } from 'vitest';
import { AvailableTelephoneNumbersDocument, TelephoneNumbersDocument } from '../../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('availableTelephoneNumbers', () => {
  it('searches by mask and pages with cursors', async () => {
    const search = { tnMask: '318407410x' };
    const first = ok(await stack.request(AvailableTelephoneNumbersDocument, { search, first: 4 })).availableTelephoneNumbers!;
    expect(first.totalCount).toBe(10);
    expect(first.nodes.map((n) => n.tn)).toEqual(['3184074100', '3184074101', '3184074102', '3184074103']);
    expect(first.nodes[0]).toMatchObject({
      city: 'COLFAX',
      countryCode: expect.any(String),
      rateCenter: { abbreviation: 'COLFAX', lata: '486', province: 'LA' },
    });
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
    const conn = ok(
      await stack.request(AvailableTelephoneNumbersDocument, { search: { tnWildcard: '*HELLO*' }, first: 50 }),
    ).availableTelephoneNumbers!;
    const tns = conn.nodes.map((n) => n.tn);
    expect(tns).toEqual(expect.arrayContaining(['3124355601', '6304355602']));
    expect(conn.totalCount).toBe(tns.length);
    for (const tn of tns) expect(tn).toContain('43556');
    const [call] = await stack.control.servicesCalls('tnInventory');
    expect(call!.body).toMatchObject({ tnWildcard: '*HELLO*' });
    expect(call!.body).not.toHaveProperty('tnMask');
  });

  it('searches by rate center', async () => {
    const conn = ok(
      await stack.request(AvailableTelephoneNumbersDocument, { search: { rateCenter: 'COLFAX' }, first: 20 }),
    ).availableTelephoneNumbers!;
    expect(conn.totalCount).toBeGreaterThanOrEqual(10);
    expect(conn.nodes).toHaveLength(20);
    for (const n of conn.nodes) expect(n.rateCenter).toMatchObject({ abbreviation: 'COLFAX', lata: '486', province: 'LA' });
    const [call] = await stack.control.servicesCalls('tnInventory');
    expect(call!.body).toMatchObject({ rateCenter: 'COLFAX', tnMask: 'xxxxxxxxxx' });
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
    expect(first.nodes[0]!.capabilities).toEqual({
      callerId: expect.any(Boolean),
      e911: expect.any(Boolean),
      messaging: expect.any(Boolean),
    });
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
    const oldInput = await stack.gql(
      `mutation { orderTelephoneNumbers(input: { numbers: [{ tn: "3184074100", trunkGroup: "X" }] }) { orderId } }`,
    );
    expect(oldInput.errors?.[0]?.message).toMatch(/trunkGroup/);
  });
});

describe('validation: nothing reaches the carrier', () => {
  it('a mask of the wrong length is BAD_USER_INPUT naming the field', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '312xxxx' } }),
    );
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

  it('an inventory quantity of 10000 or more is BAD_USER_INPUT', async () => {
    const res = await withoutUpstreamCalls(stack, () => stack.request(AvailableTelephoneNumbersDocument, { search: { quantity: 10_000 } }));
    expect(onlyError(res).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search.quantity' });
  });
});
