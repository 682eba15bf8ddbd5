/**
 * The gateway as a Federation 2 subgraph, over HTTP: `_service { sdl }`,
 * batched `_entities`, and composition with another team's subgraph that
 * extends TelephoneNumber.
 */
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});
beforeEach(async () => {
  await stack.control.clearCalls();
});

const ENTITIES = `query Entities($representations: [_Any!]!) {
  _entities(representations: $representations) {
    __typename
    ... on TelephoneNumber { tn numberStatus: status trunkGroup { name } }
    ... on Order { id status numbers { nodes { tn } } }
    ... on TrunkGroup { name assigned }
  }
}`;

describe('federation subgraph over HTTP', () => {
  it('answers _service { sdl } with the three entity keys', async () => {
    const res = await stack.gql(`{ _service { sdl } }`);
    const sdl: string = res.data!._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    expect(sdl).toMatch(/type TelephoneNumber(\s+implements Node)?\s+@key\(fields: "tn"\)/);
    expect(sdl).toMatch(/type Order(\s+implements Node)?\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type TrunkGroup(\s+implements Node)?\s+@key\(fields: "name"\)/);
  });

  it('resolves 100 TelephoneNumber references with one tnDetail call', async () => {
    const list = await stack.gql(`{ telephoneNumbers(first: 100) { nodes { tn } } }`);
    const tns: string[] = list.data!.telephoneNumbers!.nodes.map((n: { tn: string }) => n.tn);
    expect(tns).toHaveLength(100);
    const fresh = await startStack();
    try {
      const res = await fresh.gql(ENTITIES, { representations: tns.map((tn) => ({ __typename: 'TelephoneNumber', tn })) });
      expect(res.errors).toBeUndefined();
      expect(res.data!._entities.map((e: { tn: string }) => e.tn)).toEqual(tns);
      expect(res.data!._entities.every((e: { numberStatus: string }) => e.numberStatus === 'IN_SERVICE')).toBe(true);
      const calls = await fresh.control.servicesCalls();
      expect(calls.map((c) => c.operation)).toEqual(['tnDetail']);
    } finally {
      await fresh.close();
    }
  });

  it('resolves Order and TrunkGroup references through the same loaders; unknown ones are null', async () => {
    const res = await stack.gql(ENTITIES, {
      representations: [
        { __typename: 'Order', id: '1025001' },
        { __typename: 'Order', id: '1025001' },
        { __typename: 'Order', id: '999999' },
        { __typename: 'TrunkGroup', name: 'CHCGIL24CL1_897' },
        { __typename: 'TrunkGroup', name: 'NOT_A_GROUP_1' },
      ],
    });
    expect(res.errors).toBeUndefined();
    const [order, same, unknown, group, otherGroup] = res.data!._entities;
    expect(order).toMatchObject({ __typename: 'Order', id: '1025001', status: 'CLOSED' });
    expect(order.numbers.nodes.length).toBeGreaterThan(0);
    expect(same).toEqual(order);
    expect(unknown).toBeNull();
    expect(group).toEqual({ __typename: 'TrunkGroup', name: 'CHCGIL24CL1_897', assigned: true });
    expect(otherGroup === null || otherGroup.assigned === false).toBe(true);
    const calls = await stack.control.servicesCalls();
    // One orderDetail per distinct order id, one trunk group list.
    expect(
      calls
        .filter((c) => c.operation === 'orderDetail')
        .map((c) => String(c.body?.orderId))
        .sort(),
    ).toEqual(['1025001', '999999']);
    expect(calls.filter((c) => c.operation === 'trunkGroupSearchAssigned')).toHaveLength(1);
  });

  it('composes into a supergraph with another subgraph that extends TelephoneNumber', async () => {
    const res = await stack.gql(`{ _service { sdl } }`);
    const billing = /* GraphQL */ `
      extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
      type TelephoneNumber @key(fields: "tn") {
        tn: TN!
        monthlyChargeCents: Int!
      }
      scalar TN
      type Query {
        invoiceNumbers: [TelephoneNumber!]!
      }
    `;
    const result = composeServices([
      { name: 'carrier', typeDefs: parse(res.data!._service.sdl), url: stack.gateway.graphqlUrl },
      { name: 'billing', typeDefs: parse(billing), url: 'http://billing.invalid/graphql' },
    ]);
    expect(result.errors ?? []).toEqual([]);
    const supergraph = result.supergraphSdl!;
    expect(supergraph).toContain('monthlyChargeCents');
    expect(supergraph).toContain('telephoneNumbers');
  });
});
