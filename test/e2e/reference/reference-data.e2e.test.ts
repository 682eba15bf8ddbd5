/**
 * End-to-end: rateCenters (/rateCenterCoverage), tollFreeCics (/cicList),
 * latas (/lataInventory) over real HTTP, counting calls in the sandbox's log.
 */
import { describe, expect, it } from 'vitest';
import { ok, onlyError } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

const RATE_CENTERS = /* GraphQL */ `
  query ($filter: RateCenterFilter, $first: Int, $after: String) {
    rateCenters(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        abbreviation
        lata
        state
        marketName
        didApproved
        lnpApproved
      }
    }
  }
`;

describe('rateCenters', () => {
  it('browses by LNP approval over pages with one carrier call per request', async () => {
    const first = ok(await stack.gql(RATE_CENTERS, { filter: { lnpApproved: false }, first: 1 })).rateCenters;
    expect(first.totalCount).toBe(1);
    expect(first.nodes).toEqual([
      { abbreviation: 'ANCHORAGE', lata: '832', state: 'AK', marketName: 'ANCHORAGE AK', didApproved: false, lnpApproved: false },
    ]);

    const approved = ok(await stack.gql(RATE_CENTERS, { filter: { lnpApproved: true, state: 'IL' }, first: 2 })).rateCenters;
    expect(approved.nodes.map((n: { abbreviation: string }) => n.abbreviation)).toEqual(['AURORA', 'CHICAGO']);
    expect(approved.pageInfo.hasNextPage).toBe(true);
    const next = ok(
      await stack.gql(RATE_CENTERS, { filter: { lnpApproved: true, state: 'IL' }, first: 2, after: approved.pageInfo.endCursor }),
    ).rateCenters;
    expect(next.nodes.map((n: { abbreviation: string }) => n.abbreviation)).toEqual(['NAPERVILLE']);

    // Three GraphQL requests, one /rateCenterCoverage: the list is read once and kept briefly in the read cache.
    expect(await stack.control.servicesCalls('rateCenterCoverage')).toHaveLength(1);
  });

  it('gives a number page its rate centers’ approval with one coverage call for the whole page', async () => {
    await stack.control.clearCalls();
    const res = ok(await stack.gql(`{ telephoneNumbers(first: 10) { nodes { tn rateCenter { abbreviation didApproved lnpApproved } } } }`));
    const nodes = res.telephoneNumbers.nodes as { rateCenter: { didApproved: boolean | null } | null }[];
    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.filter((n) => n.rateCenter).every((n) => n.rateCenter!.didApproved === true)).toBe(true);
    expect(await stack.control.servicesCalls('rateCenterCoverage')).toHaveLength(1);
  });

  it('refuses a malformed state before any call, and passes the wireless refusal on', async () => {
    const bad = onlyError(await stack.gql(RATE_CENTERS, { filter: { state: 'Illinois' } }));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await stack.control.servicesCalls('rateCenterCoverage')).toHaveLength(0);

    const refused = onlyError(await stack.gql(RATE_CENTERS, { filter: { wireless: true } }));
    expect(refused.extensions).toMatchObject({ code: 'UPSTREAM_REJECTED', upstreamStatusCode: '414' });
  });
});

describe('tollFreeCics and latas', () => {
  it('lists CICs in one call, and the LATAs of several numbers in one call', async () => {
    const cics = ok(await stack.gql(`{ tollFreeCics { cic respOrgPrefix companyName } }`)).tollFreeCics;
    expect(cics[0]).toEqual({ cic: '0913', respOrgPrefix: 'GDG01', companyName: 'Inteliquent' });
    expect(await stack.control.servicesCalls('cicList')).toHaveLength(1);

    const latas = ok(await stack.gql(`{ latas(tns: ["3344123467", "3123489651", "3123489652"]) { code } }`)).latas;
    expect(latas).toEqual([{ code: '478' }, { code: '358' }]);
    const calls = await stack.control.servicesCalls('lataInventory');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body!['tnList']).toEqual({ tnItem: [{ tn: 3344123467 }, { tn: 3123489651 }, { tn: 3123489652 }] });
  });

  it('refuses an empty or repeated list of numbers before any call', async () => {
    expect(onlyError(await stack.gql(`{ latas(tns: []) { code } }`)).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(onlyError(await stack.gql(`{ latas(tns: ["3123489651", "3123489651"]) { code } }`)).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await stack.control.servicesCalls('lataInventory')).toHaveLength(0);
  });
});
