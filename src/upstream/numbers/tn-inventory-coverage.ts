/**
 * /tnInventoryCoverage: counts of available numbers per area (read; 430 is []).
 * Only the default NPA-NXX grouping is documented; the other groupings are
 * read from the same field names (`block`/`line` for the seventh digit).
 */
import { defineOperation } from '../define.js';
import { compact, defined } from '../wire/request.js';
import { count, list, raw, record, text } from '../wire/schema.js';
import { boolToYn, str } from '../wire/values.js';

export type CoverageGrouping = 'STATE' | 'RATE_CENTER' | 'NPA_NXX' | 'BLOCK';

export interface CoverageQuery {
  countBy?: CoverageGrouping;
  rateCenter?: string;
  wireless?: boolean;
  province?: string;
}

export interface CoverageEntry {
  npa?: string;
  nxx?: string;
  block?: string;
  lata?: string;
  rateCenter?: string;
  province?: string;
  count: number;
}

const COUNT_BY = { STATE: 'state', RATE_CENTER: 'rateCenter', NPA_NXX: 'npaNxx', BLOCK: 'block' } as const;

const entry = record({
  count,
  npa: text,
  nxx: text,
  block: raw,
  line: raw,
  lata: text,
  // The response names differ from the request names (rcAbbre / locState); values may be space-padded.
  rcAbbre: raw,
  rateCenter: raw,
  locState: raw,
  province: raw,
  state: raw,
});

export const tnInventoryCoverage = defineOperation({
  name: 'tnInventoryCoverage',
  kind: 'read',
  request: (query: CoverageQuery) =>
    compact({
      countBy: query.countBy ? COUNT_BY[query.countBy] : undefined,
      rateCenter: query.rateCenter,
      wireless: boolToYn(query.wireless),
      province: query.province,
    }),
  // The guide says tnInventoryCoverageList; the vendor Swagger capitalises it.
  response: record({ tnInventoryCoverageList: raw, TnInventoryCoverageList: raw })
    .transform((w) => w.tnInventoryCoverageList ?? w.TnInventoryCoverageList)
    .pipe(list(entry)),
  map: (entries) =>
    entries.map((w): CoverageEntry =>
      defined({
        count: w.count ?? 0,
        npa: w.npa,
        nxx: w.nxx,
        block: str(w.block ?? w.line),
        lata: w.lata,
        rateCenter: str(w.rcAbbre ?? w.rateCenter),
        province: str(w.locState ?? w.province ?? w.state),
      }),
    ),
  notFound: { empty: () => [] },
});
