import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

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

const tns = (r: J): string[] => (r.tnResult ?? []).map((x: J) => x.telephoneNumber);

describe('tnInventory', () => {
  it('searches by mask (guide Example 1: xxxxxx410x in LATA 486) with string pagination fields', async () => {
    const r = await h.call('tnInventory', {
      tnMask: 'xxxxxx410x',
      searchOnNetOnly: 'N',
      lata: '486',
      pageSort: { property: 'tn', direction: 'asc', page: 1, size: 2 },
    });
    expect(r.statusCode).toBe('200');
    expect(tns(r)).toEqual(['3184074100', '3184074101']);
    expect(r.tnResult[0]).toMatchObject({
      rateCenter: 'COLFAX',
      rateCenterName: 'COLFAX',
      city: 'COLFAX',
      lata: '486',
      province: 'LA',
      rateCenterTier: 'Tier 0',
      countryCode: '1',
      cnamAllowed: 'Y',
    });
    expect(r).toMatchObject({ page: '1', totalPages: '5', totalItems: '10' });
    expect(typeof r.searchId).toBe('string');
  });

  it('continues a scroll with searchId (no other parameters needed)', async () => {
    const first = await h.call('tnInventory', { tnMask: 'xxxxxx410x', lata: '486', pageSort: { size: 4 } });
    const second = await h.call('tnInventory', { pageSort: { searchId: first.searchId } });
    const third = await h.call('tnInventory', { pageSort: { searchId: first.searchId } });
    expect(tns(first)).toEqual(['3184074100', '3184074101', '3184074102', '3184074103']);
    expect(second.page).toBe('2');
    expect(tns(second)).toEqual(['3184074104', '3184074105', '3184074106', '3184074107']);
    expect(tns(third)).toEqual(['3184074108', '3184074109']);
    expect(third).toMatchObject({ page: '3', totalPages: '3', totalItems: '10', searchId: first.searchId });
  });

  it('sorts descending and caps with quantity', async () => {
    const r = await h.call('tnInventory', { tnMask: '318407410x', quantity: 3, pageSort: { property: 'tn', direction: 'desc' } });
    expect(tns(r)).toEqual(['3184074109', '3184074108', '3184074107']);
    expect(r.totalItems).toBe('3');
  });

  it('translates tnWildcard letters to keypad digits', async () => {
    const hello = await h.call('tnInventory', { tnWildcard: '*HELLO*' });
    expect(tns(hello).length).toBeGreaterThanOrEqual(4);
    for (const tn of tns(hello)) expect(tn).toContain('43556');
    expect(tns(hello)).toEqual(expect.arrayContaining(['3124355601', '3124355678', '6304355602', '6304355690']));
    const yz = await h.call('tnInventory', { tnWildcard: '201335YZ*' });
    expect(tns(yz)).toEqual(expect.arrayContaining(['2013359901', '2013359950', '2013359999']));
    for (const tn of tns(yz)) expect(tn.startsWith('20133599')).toBe(true);
    const q = await h.call('tnInventory', { tnWildcard: '318?07410?' });
    expect(tns(q)).toHaveLength(10);
  });

  it('tnMask takes priority over tnWildcard', async () => {
    const r = await h.call('tnInventory', { tnMask: '318407410x', tnWildcard: '*HELLO*' });
    expect(tns(r)).toHaveLength(10);
  });

  it('enforces the search rules', async () => {
    expect(await h.call('tnInventory', { lata: '486' })).toEqual({
      status: 'Fields are Required: tnMask or tnWildcard',
      statusCode: '414',
    });
    expect((await h.call('tnInventory', { tnMask: '312xxx' })).statusCode).toBe('416');
    expect((await h.call('tnInventory', { tnWildcard: '312-HI' })).statusCode).toBe('416');
    const excl = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', rateCenter: 'CHICAGO', postalCode: '60564' });
    expect(excl).toEqual({ status: 'Invalid Input Parameters: rateCenter, city and postalCode are mutually exclusive', statusCode: '416' });
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', city: 'Naperville' })).toEqual({
      status: 'Fields are Required: province',
      statusCode: '414',
    });
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', city: 'Naperville', province: 'IL', radius: 51 })).status).toMatch(
      /radius maximum acceptable value is 50/,
    );
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', rateCenter: 'CHICAGO', radius: 10 })).status).toMatch(
      /radius is only valid/,
    );
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', postalCode: '60564', radius: 10, sequential: true })).status).toMatch(
      /mutually exclusive/,
    );
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', localCallingArea: true })).status).toMatch(/localCallingArea requires/);
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', wireless: 'Y' })).toEqual({
      status: 'Wireless not allowed for Customer',
      statusCode: '414',
    });
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', rateCenter: 'NOWHERE' })).status).toMatch(/rate center not supported/);
  });

  it('searches by city/state, postal code and radius', async () => {
    const city = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', city: 'Naperville', province: 'IL', pageSort: { size: 500 } });
    expect(new Set(city.tnResult.map((x: J) => x.rateCenter))).toEqual(new Set(['NAPERVILLE']));
    const zip = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', province: 'IL', postalCode: '60564', quantity: 10 });
    expect(zip.tnResult).toHaveLength(10);
    expect(zip.tnResult.every((x: J) => x.rateCenter === 'NAPERVILLE')).toBe(true);
    const radius = await h.call('tnInventory', {
      tnMask: 'xxxxxxxxxx',
      province: 'IL',
      postalCode: '60564',
      radius: 10,
      pageSort: { size: 1000 },
    });
    expect(new Set(radius.tnResult.map((x: J) => x.rateCenter))).toEqual(new Set(['NAPERVILLE', 'AURORA']));
  });

  it('searches the local calling area (NPANXX takes priority over province)', async () => {
    const r = await h.call('tnInventory', { tnMask: '201335xxxx', province: 'IL', localCallingArea: true, pageSort: { size: 2000 } });
    const rcs = new Set(r.tnResult.map((x: J) => x.rateCenter));
    expect(rcs).toEqual(new Set(['ORADELL', 'CRAGMERE', 'RIDGWOOD', 'BAYONNE']));
    const byRc = await h.call('tnInventory', { rateCenter: 'ORADELL', localCallingArea: true, quantity: 10 });
    expect(byRc.tnResult).toHaveLength(10);
  });

  it('returns sequential numbers', async () => {
    const r = await h.call('tnInventory', { tnMask: '318407xxxx', sequential: true, quantity: 5 });
    const list = tns(r).map(Number);
    expect(list).toHaveLength(5);
    for (let i = 1; i < list.length; i++) expect(list[i]).toBe(list[i - 1]! + 1);
  });

  it('returns wireless numbers once the account is wireless-enabled', async () => {
    await h.control('POST', 'account', { wirelessEnabled: true });
    const r = await h.call('tnInventory', { tnMask: '312687xxxx', wireless: 'Y', quantity: 5 });
    expect(r.tnResult).toHaveLength(5);
    const wireline = await h.call('tnInventory', { tnMask: '312687xxxx', wireless: 'N' });
    expect(wireline).toEqual({ status: 'No Results Found', statusCode: '430' });
  });
});

describe('/tnInventory and /tnInventoryCoverage acceptable values', () => {
  it('answers 416 for wireless or searchOnNetOnly other than Y/N and for a province that is not two letters', async () => {
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', wireless: 'maybe' })).toEqual({
      status: 'Invalid Input Parameters: wireless must be Y or N',
      statusCode: '416',
    });
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', searchOnNetOnly: 'X' })).toEqual({
      status: 'Invalid Input Parameters: searchOnNetOnly must be Y or N',
      statusCode: '416',
    });
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', province: 'ILL' })).toEqual({
      status: 'Invalid Input Parameters: province must be a two-letter state or province abbreviation',
      statusCode: '416',
    });
    expect(await h.call('tnInventoryCoverage', { wireless: 'X' })).toEqual({
      status: 'Invalid Input Parameters: wireless must be Y or N',
      statusCode: '416',
    });
    expect((await h.call('tnInventoryCoverage', { province: '1L' })).statusCode).toBe('416');
    // Y/N still work, wireless N on a wireline account included.
    expect((await h.call('tnInventory', { tnMask: '318407410x', wireless: 'N', searchOnNetOnly: 'N', province: 'la' })).totalItems).toBe(
      '10',
    );
    expect((await h.call('tnInventoryCoverage', { wireless: 'N', province: 'LA' })).statusCode).toBe('200');
  });

  it('takes pageSort.direction as documented, lower case only (L843)', async () => {
    expect((await h.call('tnInventory', { tnMask: '318407410x', pageSort: { property: 'tn', direction: 'desc' } })).statusCode).toBe('200');
    const upper = await h.call('tnInventory', { tnMask: '318407410x', pageSort: { property: 'tn', direction: 'DESC' } });
    expect(upper.statusCode).toBe('416');
  });

  it('reads a ten-digit tnMask sent as a JSON number', async () => {
    const r = await h.call('tnInventory', { tnMask: 3184074100 });
    expect(r.tnResult.map((x: J) => x.telephoneNumber)).toEqual(['3184074100']);
  });
});

describe('tnInventory request fields', () => {
  it("refuses an unknown top-level or pageSort field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnInventory', { tnMask: '318407410x', zipCode: '71417' });
    await expectUnrecognized(h, 'tnInventory', { tnMask: '318407410x', pageSort: { size: 2, sort: 'tn' } });
    // searchId belongs inside pageSort (L843–L880), where every example sends it.
    await expectUnrecognized(h, 'tnInventory', { tnMask: '318407410x', searchId: 'abc' });
  });

  it('accepts every field the guide documents (the search rules then decide)', async () => {
    const r = await h.call('tnInventory', {
      tnMask: '318407410x',
      tnWildcard: '318*',
      lata: '486',
      rateCenter: 'COLFAX',
      rateCenterTier: '0',
      province: 'LA',
      city: 'COLFAX',
      postalCode: '71417',
      radius: 10,
      quantity: 5,
      sequential: true,
      wireless: 'N',
      localCallingArea: true,
      searchOnNetOnly: 'N',
      pageSort: { property: 'tn', direction: 'asc', size: 2, page: 1, searchId: 'none' },
    });
    expect(r.statusCode).toBe('416');
  });
});
