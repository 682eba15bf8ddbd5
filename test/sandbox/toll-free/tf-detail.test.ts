import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

const search = (items: object[], pageSort?: object) =>
  h.call('tfDetail', { tfSearchList: { tfSearchItem: items }, ...(pageSort ? { pageSort } : {}) });

describe('tfDetail', () => {
  it("answers the guide's shape: tn as a number, e911 beside tnFeature, page fields as strings", async () => {
    const r = await search([{ typeTfStatusReference: 'INSVC', tnMask: '8002012311' }]);
    expect(r).toMatchObject({ status: 'Success', statusCode: '200', page: '1', totalPages: '1', totalItems: '1' });
    expect(typeof r['searchId']).toBe('string');
    const [item] = r['tfList']['tfItem'];
    expect(item).toMatchObject({
      tn: 8002012311,
      routingLabel: 'NTCHI-1050-8XX-950',
      tnStatusName: 'In Service',
      tnStatusRef: 'INSVC',
      cic: '0913,5102',
      cicCompanyName: 'Inteliquent, Level 3',
      tnNote: 'Sample Note',
      tnFeature: { callerId: { callingName: 'Harry Fuzz', cnamDip: 'N' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
      e911: { name: 'James Holden', origCity: 'Chicago', e911TnStatus: 'In Service' },
    });
    expect(item.tnFeature.e911).toBeUndefined();
  });

  it('ORs several search items (the batch-by-key use) and filters by routing label and feature flags', async () => {
    const r = await search([{ tnMask: '8002012311' }, { tnMask: '8002012312' }, { tnMask: '8009999999' }]);
    expect(r['tfList']['tfItem'].map((i: { tn: number }) => i.tn)).toEqual([8002012311, 8002012312]);
    const byLabel = await search([{ tnMask: 'xxxxxxxxxx', routingLabel: 'NTNYC-690-8XX-123' }]);
    expect(byLabel['tfList']['tfItem'].every((i: { routingLabel: string }) => i.routingLabel === 'NTNYC-690-8XX-123')).toBe(true);
    const messaging = await search([{ tnMask: 'xxxxxxxxxx', messaging: 'Y' }]);
    expect(messaging['tfList']['tfItem'].map((i: { tn: number }) => i.tn)).toEqual([8002012311, 8002012313]);
  });

  it('pages with pageSort and scrolls with searchId', async () => {
    const first = await search([{ tnMask: 'xxxxxxxxxx' }], { page: 1, size: 5 });
    expect(first['tfList']['tfItem']).toHaveLength(5);
    expect(first['totalItems']).toBe('16');
    const next = await h.call('tfDetail', {
      tfSearchList: { tfSearchItem: [{ tnMask: 'xxxxxxxxxx' }] },
      pageSort: { searchId: first['searchId'] },
    });
    expect(next['page']).toBe('2');
  });

  it('answers 430 when nothing matches, 414 without tnMask, 416 for a bad mask', async () => {
    expect(await search([{ tnMask: '8009999999' }])).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect(await search([{ typeTfStatusReference: 'INSVC' }])).toEqual({ status: 'Fields are Required: tnMask', statusCode: '414' });
    expect((await search([{ tnMask: '800' }]))['statusCode']).toBe('416');
    expect(await h.call('tfDetail', {})).toEqual({ status: 'Fields are Required: tfSearchList.tfSearchItem', statusCode: '414' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfDetail', { tfSearchList: { tfSearchItem: [{ tnMask: 'xxxxxxxxxx', trunkGroupName: 'X' }] } });
  });
});
