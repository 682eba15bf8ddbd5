/**
 * End-to-end: tollFreeNumber, tollFreeNumbers, node(s), _entities and the feature lists, counting
 * the carrier calls in the sandbox's call log: N numbers cost one /tfDetail per page, never one each.
 */
import { describe, expect, it } from 'vitest';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();
const ops = async () => (await stack.control.servicesCalls()).map((c) => c.operation);

describe('tollFreeNumber', () => {
  it('reads one number with its routing label, RespOrg, CICs and features in one /tfDetail call', async () => {
    const data = ok(
      await stack.gql(`{ tollFreeNumber(tn: "8002012311") {
        id tn status statusLabel note respOrg { id name } cics { code companyName }
        features { callerId { callingName cnamDip } messaging { messageClass messageType } e911 { name streetNumber street city state postalCode } }
      } }`),
    );
    expect(data['tollFreeNumber']).toMatchObject({
      tn: '8002012311',
      status: 'IN_SERVICE',
      statusLabel: 'In Service',
      note: 'Sample Note',
      respOrg: { id: 'ABC01', name: 'Example RespOrg Co.' },
      cics: [
        { code: '0913', companyName: 'Inteliquent' },
        { code: '5102', companyName: 'Level 3' },
      ],
      features: {
        callerId: { callingName: 'Harry Fuzz', cnamDip: false },
        messaging: { messageClass: 'P2P', messageType: 'SMS' },
        e911: { name: 'James Holden', streetNumber: '550', street: 'W Adams St', city: 'Chicago', state: 'IL', postalCode: '60661' },
      },
    });
    expect(await ops()).toEqual(['tfDetail']);
  });

  it('aliases share one /tfDetail call with one search item per number; an unknown number is null', async () => {
    const data = ok(
      await stack.gql(
        `{ a: tollFreeNumber(tn: "8002012311") { tn } b: tollFreeNumber(tn: "8002012312") { tn } c: tollFreeNumber(tn: "8889990000") { tn } }`,
      ),
    );
    expect(data).toEqual({ a: { tn: '8002012311' }, b: { tn: '8002012312' }, c: null });
    const calls = await stack.control.servicesCalls('tfDetail');
    expect(calls).toHaveLength(1);
    expect((calls[0]!.body as { tfSearchList: { tfSearchItem: unknown[] } }).tfSearchList.tfSearchItem).toHaveLength(3);
  });

  it('a federation _entities batch of 100 toll-free numbers costs one /tfDetail call', async () => {
    const representations = Array.from({ length: 100 }, (_, i) => ({ __typename: 'TollFreeNumber', tn: String(8002012311 + i) }));
    const data = ok(
      await stack.gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on TollFreeNumber { tn } } }`, { r: representations }),
    );
    const found = (data['_entities'] as ({ tn: string } | null)[]).filter((e) => e !== null);
    expect(found).toHaveLength(12);
    expect(await ops()).toEqual(['tfDetail']);
  });

  it('node(id:) and nodes(ids:) resolve toll-free numbers through the same batch', async () => {
    const { tollFreeNumber } = ok(await stack.gql(`{ tollFreeNumber(tn: "8002012313") { id } }`));
    await stack.control.clearCalls();
    const other = Buffer.from('TollFreeNumber:8002012314').toString('base64url');
    const data = ok(
      await stack.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id ... on TollFreeNumber { tn } } }`, { ids: [tollFreeNumber.id, other] }),
    );
    expect(data['nodes'].map((n: { tn: string }) => n.tn)).toEqual(['8002012313', '8002012314']);
    expect(await ops()).toEqual(['tfDetail']);
  });

  it('refuses a number that is not toll-free before any call', async () => {
    const res = await withoutUpstreamCalls(stack, () => stack.gql(`{ tollFreeNumber(tn: "3125550100") { tn } }`));
    expect(onlyError(res).extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(onlyError(res).message).toContain('not a toll-free number');
  });
});

describe('tollFreeNumbers', () => {
  it('filters by statuses (one search item each), routing label and features; one call per page', async () => {
    const data = ok(
      await stack.gql(`{ tollFreeNumbers(filter: { statuses: [IN_SERVICE, PENDING_DISCONNECT], hasMessaging: true }, first: 10) {
        totalCount nodes { tn status } pageInfo { hasNextPage }
      } }`),
    );
    expect(data['tollFreeNumbers']).toEqual({
      totalCount: 2,
      nodes: [
        { tn: '8002012311', status: 'IN_SERVICE' },
        { tn: '8002012313', status: 'IN_SERVICE' },
      ],
      pageInfo: { hasNextPage: false },
    });
    const [call] = await stack.control.servicesCalls('tfDetail');
    expect((call!.body as { tfSearchList: { tfSearchItem: object[] } }).tfSearchList.tfSearchItem).toEqual([
      { typeTfStatusReference: 'INSVC', tnMask: 'xxxxxxxxxx', messaging: 'Y' },
      { typeTfStatusReference: 'PDISC', tnMask: 'xxxxxxxxxx', messaging: 'Y' },
    ]);
  });

  it('pages with first/after, and nested reads of the listed numbers cost nothing more', async () => {
    const first = ok(await stack.gql(`{ tollFreeNumbers(first: 5) { totalCount pageInfo { endCursor hasNextPage } nodes { tn } } }`));
    expect(first['tollFreeNumbers']).toMatchObject({ totalCount: 16, pageInfo: { hasNextPage: true } });
    const next = ok(
      await stack.gql(`query($after: String) { tollFreeNumbers(first: 5, after: $after) { nodes { tn } } }`, {
        after: first['tollFreeNumbers'].pageInfo.endCursor,
      }),
    );
    expect(next['tollFreeNumbers'].nodes[0].tn).toBe('8002012316');
    expect(await stack.control.servicesCalls('tfDetail')).toHaveLength(2);
  });

  it('refuses a bad mask and a page over 500 before any call', async () => {
    const mask = await withoutUpstreamCalls(stack, () => stack.gql(`{ tollFreeNumbers(filter: { tnMask: "800" }) { totalCount } }`));
    expect(onlyError(mask).extensions?.['code']).toBe('BAD_USER_INPUT');
    const page = await withoutUpstreamCalls(stack, () => stack.gql(`{ tollFreeNumbers(first: 501) { totalCount } }`));
    expect(onlyError(page).extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});

describe('tollFreeNumbersWithFeature', () => {
  it('reads the feature list once, then the numbers in one /tfDetail batch', async () => {
    const names = ok(await stack.gql(`{ tollFreeNumbersWithFeature(feature: CALLING_NAME) { tn features { callerId { callingName } } } }`));
    expect(names['tollFreeNumbersWithFeature']).toEqual([
      { tn: '8002012311', features: { callerId: { callingName: 'Harry Fuzz' } } },
      { tn: '8002012312', features: { callerId: { callingName: 'ACME SUPPORT' } } },
    ]);
    expect(await ops()).toEqual(['tfFeatureCNamList', 'tfDetail']);
    await stack.control.clearCalls();
    const e911 = ok(
      await stack.gql(
        `{ m: tollFreeNumbersWithFeature(feature: MESSAGING) { tn } e: tollFreeNumbersWithFeature(feature: E911, tnMask: "800xxxxxxx") { tn } }`,
      ),
    );
    expect(e911).toEqual({ m: [{ tn: '8002012311' }, { tn: '8002012313' }], e: [{ tn: '8002012311' }, { tn: '8002012314' }] });
    // Each list arrives on its own; the second batch reads only the number the first did not (de-duplicated per request).
    const calls = await stack.control.servicesCalls();
    expect(
      calls
        .filter((c) => c.operation !== 'tfDetail')
        .map((c) => c.operation)
        .sort(),
    ).toEqual(['tfFeatureE911List', 'tfFeatureMessageList']);
    const masks = calls
      .filter((c) => c.operation === 'tfDetail')
      .flatMap((c) => (c.body as { tfSearchList: { tfSearchItem: { tnMask: string }[] } }).tfSearchList.tfSearchItem.map((i) => i.tnMask));
    // 8002012311 (In Service, read by the first query) comes from the read cache.
    expect(masks.sort()).toEqual(['8002012313', '8002012314']);
  });
});
