import { describe, expect, it } from 'vitest';
import { cicList } from '../../../src/upstream/reference/cic-list.js';
import { lataInventory } from '../../../src/upstream/reference/lata-inventory.js';
import { rateCenterCoverage } from '../../../src/upstream/reference/rate-center-coverage.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

// The guide's example responses, copied (L11341, L11562, L11604); the missing closing brace of /rateCenterCoverage's is added.
const RATE_CENTER_COVERAGE = `{
  "status": "Success",
  "statusCode": "200",
  "rateCenterList": {"rateCenterItem": [
    { "lata": "464", "rcAbbre": "OWENSBORO", "marketName": "Owensboro KY", "locState": "KY", "lnpApproved": "N", "didApproved": "N" },
    { "lata": "128", "rcAbbre": "HAVERHILL", "marketName": "Boston MA", "locState": "MA", "lnpApproved": "Y", "didApproved": "Y" },
    { "lata": "834", "rcAbbre": "LIHUE", "marketName": "Hawaii", "locState": "HI", "lnpApproved": "Y", "didApproved": "Y" }
  ]}
}`;
const LATA_INVENTORY = `{ "status": "Success", "statusCode": "200", "lataList": [ {"lata": "422"}, {"lata": "478"} ] }`;
const CIC_LIST = `{ "status": "Success", "statusCode": "200", "cicItemList": [ { "respOrgPrefix": "GDG01", "cic": "0913", "companyName": "Inteliquent" } ] }`;

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('/rateCenterCoverage', () => {
  it('sends wireless as Y/N only when asked', () => {
    expect(rateCenterCoverage.request({ wireless: true })).toEqual({ wireless: 'Y' });
    expect(rateCenterCoverage.request({})).toEqual({});
  });

  it("reads the guide's example", () => {
    expect(rateCenterCoverage.parse(parse(RATE_CENTER_COVERAGE), {})).toEqual([
      { rateCenter: 'OWENSBORO', lata: '464', marketName: 'Owensboro KY', province: 'KY', lnpApproved: false, didApproved: false },
      { rateCenter: 'HAVERHILL', lata: '128', marketName: 'Boston MA', province: 'MA', lnpApproved: true, didApproved: true },
      { rateCenter: 'LIHUE', lata: '834', marketName: 'Hawaii', province: 'HI', lnpApproved: true, didApproved: true },
    ]);
  });

  it('reads one item not wrapped in a list, and leaves an unknown approval out', () => {
    expect(rateCenterCoverage.parse({ rateCenterList: { rateCenterItem: { rcAbbre: 'LIHUE', lnpApproved: 'maybe' } } }, {})).toEqual([
      { rateCenter: 'LIHUE' },
    ]);
  });
});

describe('/lataInventory', () => {
  it("sends the TNs as JSON numbers in tnList.tnItem, and reads the guide's example as the set of LATAs", () => {
    expect(lataInventory.request({ tns: ['3344123467', '7042282008'] })).toEqual({
      tnList: { tnItem: [{ tn: 3344123467 }, { tn: 7042282008 }] },
    });
    expect(lataInventory.parse(parse(LATA_INVENTORY), { tns: ['3344123467', '7042282008'] })).toEqual(['422', '478']);
  });
});

describe('/cicList', () => {
  it("reads the guide's example, keeping the CIC's leading zero", () => {
    expect(cicList.parse(parse(CIC_LIST), undefined)).toEqual([{ cic: '0913', respOrgPrefix: 'GDG01', companyName: 'Inteliquent' }]);
  });
});
