import { describe, expect, it } from 'vitest';
import { tnFeatureCnamDip } from '../../../src/upstream/reference/tn-feature-cnam-dip.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

// Guide §Reference, /tnFeatureCnamDip example response (L11050), searchId shortened.
const GUIDE_EXAMPLE = `{
  "status": "Success",
  "statusCode": "200",
  "tnFeatureCnamDipList": [
    { "tn": "2015465330", "cnamDip": "Y" },
    { "tn": "2025599306", "cnamDip": "Y" },
    { "tn": "2025599311", "cnamDip": "N" }
  ],
  "page": "1",
  "totalPages": "1",
  "totalItems": "1",
  "searchId": "DnF1ZXJ5VAABYdYFk5ZGwXBpcVEAAACYTOWFiMGdiR1EweV92X2FYs3R1U1NnAAAAAACu0WVjNESnZxZlJSNjJR0Gcz"
}`;

describe('/tnFeatureCnamDip', () => {
  it("sends pageSort as the guide's example request does", () => {
    expect(tnFeatureCnamDip.request({ page: { size: 1, page: 1 } })).toEqual({ pageSort: { size: 1, page: 1 } });
    expect(tnFeatureCnamDip.request({ page: { page: 2, size: 50, property: 'lata', direction: 'desc' } })).toEqual({
      pageSort: { property: 'lata', direction: 'desc', page: 2, size: 50 },
    });
    expect(tnFeatureCnamDip.request({})).toEqual({});
  });

  it("reads the guide's example: string TNs, Y/N settings, string page fields", () => {
    expect(tnFeatureCnamDip.parse(JSON.parse(GUIDE_EXAMPLE) as WireObject, { page: { size: 1, page: 1 } })).toEqual({
      items: [
        { tn: '2015465330', cnamDip: true },
        { tn: '2025599306', cnamDip: true },
        { tn: '2025599311', cnamDip: false },
      ],
      page: 1,
      totalPages: 1,
      totalItems: 1,
      searchId: 'DnF1ZXJ5VAABYdYFk5ZGwXBpcVEAAACYTOWFiMGdiR1EweV92X2FYs3R1U1NnAAAAAACu0WVjNESnZxZlJSNjJR0Gcz',
    });
  });

  it('takes TNs as JSON numbers too, and an unknown setting as unknown', () => {
    const page = tnFeatureCnamDip.parse({ tnFeatureCnamDipList: [{ tn: 2015465330, cnamDip: '' }] }, {});
    expect(page.items).toEqual([{ tn: '2015465330', cnamDip: undefined }]);
  });

  it('is a read (retried on transient failures)', () => {
    expect(tnFeatureCnamDip.kind).toBe('read');
  });
});
