/** Global ids and the root `node` / `nodes` fields: resolved through the domains' batched reference resolvers. */
import { describe, expect, it } from 'vitest';
import { fromGlobalId, globalId } from '../../../src/graph/common/node.js';
import { createFake, depsFor, run, tnRecord } from '../helpers.js';

describe('globalId / fromGlobalId', () => {
  it('round-trips base64url("Type:key")', () => {
    const id = globalId('TelephoneNumber', '3125550100');
    expect(id).toBe(Buffer.from('TelephoneNumber:3125550100').toString('base64url'));
    expect(fromGlobalId(id)).toEqual({ type: 'TelephoneNumber', key: '3125550100' });
    expect(fromGlobalId(globalId('TrunkGroup', 'A:B_1'))).toEqual({ type: 'TrunkGroup', key: 'A:B_1' });
  });

  it('reads a bare all-digits id as an Order, and refuses what is not an id', () => {
    expect(fromGlobalId('1025001')).toEqual({ type: 'Order', key: '1025001' });
    expect(fromGlobalId('not an id')).toBeNull();
    expect(fromGlobalId(Buffer.from('lowercase:1').toString('base64url'))).toBeNull();
    expect(fromGlobalId(Buffer.from('NoKey:').toString('base64url'))).toBeNull();
    expect(fromGlobalId(`${globalId('TrunkGroup', 'X')}==`)).toBeNull();
  });
});

describe('node / nodes', () => {
  it('resolve numbers through ONE batched /tnDetail call, null for unknown ids', async () => {
    const fake = createFake();
    for (const tn of ['3125550100', '3125550101']) fake.records.set(tn, tnRecord(tn));
    const ids = ['3125550100', '3125550101', '3125550199'].map((tn) => globalId('TelephoneNumber', tn));
    const result = await run(
      depsFor(fake),
      `query($ids: [ID!]!, $one: ID!) {
        nodes(ids: $ids) { __typename id ... on TelephoneNumber { tn } }
        node(id: $one) { id ... on TelephoneNumber { tn } }
        other: node(id: "garbage") { id }
      }`,
      { ids, one: ids[0] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.nodes).toEqual([
      { __typename: 'TelephoneNumber', id: ids[0], tn: '3125550100' },
      { __typename: 'TelephoneNumber', id: ids[1], tn: '3125550101' },
      null,
    ]);
    expect(result.data.node).toEqual({ id: ids[0], tn: '3125550100' });
    expect(result.data.other).toBeNull();
    expect(fake.count('tnDetail')).toBe(1);
  });

  it('resolve a trunk group by its id, and the id is the one the entity returns', async () => {
    const fake = createFake();
    const id = globalId('TrunkGroup', 'CHCGIL24CL1_897');
    const result = await run(depsFor(fake), `query($id: ID!) { node(id: $id) { __typename id ... on TrunkGroup { name } } }`, { id });
    expect(result.errors).toBeUndefined();
    expect(result.data.node).toEqual({ __typename: 'TrunkGroup', id, name: 'CHCGIL24CL1_897' });
  });

  it('refuse more than 500 ids before any call, with extensions.path ["ids"]', async () => {
    const fake = createFake();
    const ids = Array.from({ length: 501 }, (_, i) => globalId('TelephoneNumber', String(3125550000 + i)));
    const result = await run(depsFor(fake), `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', path: ['ids'] });
    expect(fake.count('tnDetail')).toBe(0);
  });
});
