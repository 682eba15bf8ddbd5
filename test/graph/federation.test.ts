import { describe, expect, it } from 'vitest';
import { createFake, depsFor, orderDetail, run, tnRecord } from './helpers.js';

describe('federation', () => {
  it('_service { sdl } answers with the three @keys and the federation 2 link', async () => {
    const result = await run(depsFor(createFake()), `{ _service { sdl } }`);
    expect(result.errors).toBeUndefined();
    const sdl: string = result.data._service.sdl;
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.3"');
    expect(sdl).toMatch(/type TelephoneNumber(?: implements Node)?\s+@key\(fields: "tn"\)/);
    expect(sdl).toMatch(/type Order(?: implements Node)?\s+@key\(fields: "id"\)/);
    expect(sdl).toMatch(/type TrunkGroup(?: implements Node)?\s+@key\(fields: "name"\)/);
  });

  it('_entities resolves 100 TelephoneNumber references with ONE /tnDetail call', async () => {
    const fake = createFake();
    const tns = Array.from({ length: 100 }, (_, i) => `312555${String(1000 + i)}`);
    tns.forEach((tn) => fake.records.set(tn, tnRecord(tn)));
    const representations = tns.map((tn) => ({ __typename: 'TelephoneNumber', tn }));
    const result = await run(
      depsFor(fake),
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on TelephoneNumber { tn status trunkGroup { name } } } }`,
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toHaveLength(100);
    expect(result.data._entities[99]).toEqual({ tn: tns[99], status: 'IN_SERVICE', trunkGroup: { name: 'CHCGIL24CL1_897' } });
    expect(fake.count('tnDetail')).toBe(1);
  });

  it('_entities resolves Order and TrunkGroup references; unknown ones are null', async () => {
    const fake = createFake();
    fake.orders.set('1026471', orderDetail('1026471', ['3125550100']));
    fake.records.set('3125550100', tnRecord('3125550100'));
    const result = await run(
      depsFor(fake),
      `query($r: [_Any!]!) { _entities(representations: $r) {
        ... on Order { id status numbers { nodes { tn } } }
        ... on TrunkGroup { name assigned }
        ... on TelephoneNumber { tn } } }`,
      {
        r: [
          { __typename: 'Order', id: '1026471' },
          { __typename: 'Order', id: '404' },
          { __typename: 'TrunkGroup', name: 'CHCGIL24CL1_897' },
          { __typename: 'TelephoneNumber', tn: 'not-a-number' },
        ],
      },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data._entities).toEqual([
      { id: '1026471', status: 'CLOSED', numbers: { nodes: [{ tn: '3125550100' }] } },
      null,
      { name: 'CHCGIL24CL1_897', assigned: true },
      null,
    ]);
  });
});

describe('composition and Apollo Server', () => {
  it('the subgraph composes into a supergraph', async () => {
    const { composeServices } = await import('@apollo/composition');
    const { parse } = await import('graphql');
    const { printGatewaySdl } = await import('../../src/graph/schema.js');
    const result = composeServices([{ name: 'carrier', typeDefs: parse(await printGatewaySdl()), url: 'http://localhost:4001/graphql' }]);
    expect(result.errors ?? []).toEqual([]);
  });

  it('Apollo Server with formatError keeps stable codes', async () => {
    const { ApolloServer } = await import('@apollo/server');
    const { buildGatewaySchema } = await import('../../src/graph/schema.js');
    const { createGatewayContext } = await import('../../src/graph/context.js');
    const { formatError } = await import('../../src/graph/common/errors.js');
    const { UpstreamError } = await import('../../src/upstream/core/errors.js');
    const fake = createFake({
      numbers: {
        tnDetail: async () => {
          throw new UpstreamError('UNAUTHENTICATED', 'tnDetail', '410', 'Private Key is not valid.');
        },
      },
    });
    const server = new ApolloServer({ schema: await buildGatewaySchema(), formatError });
    await server.start();
    const exec = async (query: string) => {
      const res = await server.executeOperation({ query }, { contextValue: createGatewayContext(depsFor(fake)) });
      return res.body.kind === 'single' ? res.body.singleResult : undefined;
    };
    const literal = await exec(`{ telephoneNumber(tn: "12") { tn } }`);
    expect(literal?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const upstream = await exec(`{ telephoneNumber(tn: "3125550100") { tn } }`);
    expect(upstream?.errors?.[0]?.extensions?.code).toBe('UPSTREAM_UNAUTHENTICATED');
    expect(JSON.stringify(upstream)).not.toContain('Private Key');
    expect(JSON.stringify(upstream)).not.toContain('stacktrace');
    await server.stop();
  });
});
