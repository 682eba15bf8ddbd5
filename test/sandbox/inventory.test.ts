import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, items, type J } from './helpers.js';

let h: Harness;
beforeAll(async () => { h = await Harness.start(); });
afterAll(async () => { await h.close(); });
beforeEach(async () => { await h.control('POST', 'reset', {}); });

const tns = (r: J): string[] => (r.tnResult ?? []).map((x: J) => x.telephoneNumber);

describe('tnInventory', () => {
  it('searches by mask (guide Example 1: xxxxxx410x in LATA 486) with string pagination fields', async () => {
    const r = await h.call('tnInventory', { tnMask: 'xxxxxx410x', searchOnNetOnly: 'N', lata: '486', pageSort: { property: 'tn', direction: 'asc', page: 1, size: 2 } });
    expect(r.statusCode).toBe('200');
    expect(tns(r)).toEqual(['3184074100', '3184074101']);
    expect(r.tnResult[0]).toMatchObject({ rateCenter: 'COLFAX', rateCenterName: 'COLFAX', city: 'COLFAX', lata: '486', province: 'LA', rateCenterTier: 'Tier 0', countryCode: '1', cnamAllowed: 'Y' });
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
    expect(await h.call('tnInventory', { lata: '486' })).toEqual({ status: 'Fields are Required: tnMask or tnWildcard', statusCode: '414' });
    expect((await h.call('tnInventory', { tnMask: '312xxx' })).statusCode).toBe('416');
    expect((await h.call('tnInventory', { tnWildcard: '312-HI' })).statusCode).toBe('416');
    const excl = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', rateCenter: 'CHICAGO', postalCode: '60564' });
    expect(excl).toEqual({ status: 'Invalid Input Parameters: rateCenter, city and postalCode are mutually exclusive', statusCode: '416' });
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', city: 'Naperville' })).toEqual({ status: 'Fields are Required: province', statusCode: '414' });
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', city: 'Naperville', province: 'IL', radius: 51 })).status).toMatch(/radius maximum acceptable value is 50/);
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', rateCenter: 'CHICAGO', radius: 10 })).status).toMatch(/radius is only valid/);
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', postalCode: '60564', radius: 10, sequential: true })).status).toMatch(/mutually exclusive/);
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', localCallingArea: true })).status).toMatch(/localCallingArea requires/);
    expect(await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', wireless: 'Y' })).toEqual({ status: 'Wireless not allowed for Customer', statusCode: '414' });
    expect((await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', rateCenter: 'NOWHERE' })).status).toMatch(/rate center not supported/);
  });

  it('searches by city/state, postal code and radius', async () => {
    const city = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', city: 'Naperville', province: 'IL', pageSort: { size: 500 } });
    expect(new Set(city.tnResult.map((x: J) => x.rateCenter))).toEqual(new Set(['NAPERVILLE']));
    const zip = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', province: 'IL', postalCode: '60564', quantity: 10 });
    expect(zip.tnResult).toHaveLength(10);
    expect(zip.tnResult.every((x: J) => x.rateCenter === 'NAPERVILLE')).toBe(true);
    const radius = await h.call('tnInventory', { tnMask: 'xxxxxxxxxx', province: 'IL', postalCode: '60564', radius: 10, pageSort: { size: 1000 } });
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

describe('tnInventoryCoverage', () => {
  it('counts by NPA-NXX by default', async () => {
    const r = await h.call('tnInventoryCoverage');
    const colfax = r.tnInventoryCoverageList.find((x: J) => x.npa === '318' && x.nxx === '407');
    expect(colfax).toMatchObject({ lata: '486', rcAbbre: 'COLFAX', locState: 'LA' });
    expect(typeof colfax.count).toBe('number');
    const inv = await h.call('tnInventory', { tnMask: '318407xxxx', pageSort: { size: 1 } });
    expect(String(colfax.count)).toBe(inv.totalItems);
  });

  it('groups by state, rateCenter and block and filters', async () => {
    const byState = await h.call('tnInventoryCoverage', { countBy: 'state' });
    expect(byState.tnInventoryCoverageList.map((x: J) => x.locState)).toContain('IL');
    const byRc = await h.call('tnInventoryCoverage', { countBy: 'rateCenter', province: 'IL' });
    expect(byRc.tnInventoryCoverageList.map((x: J) => x.rcAbbre).sort()).toEqual(['AURORA', 'CHICAGO', 'NAPERVILLE']);
    const sanPedro = await h.call('tnInventoryCoverage', { rateCenter: 'SAN PEDRO' });
    expect(sanPedro.tnInventoryCoverageList.every((x: J) => x.rcAbbre === 'SAN PEDRO' && x.locState === 'CA')).toBe(true);
    const blocks = await h.call('tnInventoryCoverage', { countBy: 'block', rateCenter: 'COLFAX' });
    const b4 = blocks.tnInventoryCoverageList.find((x: J) => x.nxx === '407' && x.block === '4');
    expect(b4.count).toBeGreaterThanOrEqual(10);
  });

  it('answers 414 for wireless when the account is not wireless-enabled', async () => {
    expect(await h.call('tnInventoryCoverage', { rateCenter: 'SAN PEDRO', wireless: 'Y' })).toEqual({ status: 'Wireless not allowed for Customer', statusCode: '414' });
    await h.control('POST', 'account', { wirelessEnabled: true });
    const r = await h.call('tnInventoryCoverage', { rateCenter: 'SAN PEDRO', wireless: 'Y' });
    expect(r.tnInventoryCoverageList).toEqual([expect.objectContaining({ npa: '310', nxx: '832', rcAbbre: 'SAN PEDRO' })]);
  });
});

describe('reservations', () => {
  const reserve = (list: string[]) => h.call('tnReserve', { tnReserve: items(list) });
  const release = (list: string[]) => h.call('tnRelease', { tnRelease: items(list) });
  const guideTns = ['2015540010', '2015540011', '2015540012', '2015540013', '2015540300'];

  it('reserves, lists and releases (guide examples)', async () => {
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await reserve(guideTns)).toEqual({ status: 'Success', statusCode: '200', tnReserveResponse: { totalTnCount: 5, reservedTnCount: 5 } });
    const list = await h.call('tnReservedList');
    expect(list.reservedTns.map((x: J) => x.telephoneNumber)).toEqual(guideTns);
    expect(list.reservedTns[0]).toMatchObject({ rateCenter: 'RIDGWOOD', lata: '224', province: 'NJ', isWireless: 'N', rateCenterTier: '0', countryCode: '1' });
    expect(list.reservedTns[0]).toHaveProperty('allowPortOutPin');
    // Reserved TNs leave the searchable inventory.
    expect(await h.call('tnInventory', { tnMask: '201554001x' })).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect(await release([...guideTns.slice(0, 3), '1234567890'])).toEqual({
      status: 'Success', statusCode: '200',
      tnReleaseResponse: { totalTnCount: 4, releasedTnCount: 3, excludedTnList: [{ tn: '1234567890' }] },
    });
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540013', '2015540300']);
  });

  it('partially succeeds with an excludedTnList', async () => {
    await reserve(['2015540013', '2015540300']);
    expect(await reserve(guideTns)).toEqual({
      status: 'Success', statusCode: '200',
      tnReserveResponse: { totalTnCount: 5, reservedTnCount: 3, excludedTnList: [{ tn: '2015540013' }, { tn: '2015540300' }] },
    });
    const assigned = await reserve(['3123489651']);
    expect(assigned.tnReserveResponse).toEqual({ totalTnCount: 1, reservedTnCount: 0, excludedTnList: [{ tn: '3123489651' }] });
  });

  it('answers 431 beyond the account maximum (default 100)', async () => {
    const many = await h.inventory('312xxxxxxx', 101);
    expect(await reserve(many)).toEqual({ status: 'Request exceeds the maximum number of reserved TNs', statusCode: '431' });
    expect((await reserve(many.slice(0, 100))).tnReserveResponse.reservedTnCount).toBe(100);
    expect((await reserve([many[100]!])).statusCode).toBe('431');
    await h.control('POST', 'account', { maxReservedTns: 3 });
    await release(many);
    expect((await reserve(guideTns)).statusCode).toBe('431');
  });

  it('expires reservations after four hours of sandbox time', async () => {
    await reserve(guideTns);
    await h.advance(4 * 3600_000 - 1);
    expect((await h.call('tnReservedList')).reservedTns).toHaveLength(5);
    await h.advance(1);
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await h.inventory('201554001x')).toEqual(['2015540010', '2015540011', '2015540012', '2015540013']);
  });

  it('expires staggered reservations each at its own four hours', async () => {
    await reserve(['2015540010']);
    await h.advance(2 * 3600_000);
    await reserve(['2015540011']);
    await h.advance(2 * 3600_000);
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540011']);
    await reserve(['2015540012']);
    await h.advance(2 * 3600_000 - 1);
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540011', '2015540012']);
    await h.advance(1);
    expect((await h.call('tnReservedList')).reservedTns.map((x: J) => x.telephoneNumber)).toEqual(['2015540012']);
    await h.advance(2 * 3600_000);
    expect(await h.call('tnReservedList')).toEqual({ status: 'No Result Found', statusCode: '430' });
  });
});
