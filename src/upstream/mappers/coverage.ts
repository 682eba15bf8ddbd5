/**
 * /tnInventoryCoverage → CoverageEntry[]. Only the default NPA-NXX grouping is
 * documented; the other groupings are read from the same field names
 * (`block`/`line` for the seventh digit).
 */
import type { CoverageEntry } from '../model.js';
import { asArray, obj, toCount, type WireObject } from '../wire.js';
import { assignStrings } from './common.js';

function coverageEntryFromWire(value: unknown): CoverageEntry {
  const item = obj(value);
  const entry: CoverageEntry = { count: toCount(item['count']) ?? 0 };
  assignStrings(entry, [
    ['npa', item['npa']],
    ['nxx', item['nxx']],
    ['block', item['block'] ?? item['line']],
    ['lata', item['lata']],
    // The response names differ from the request names (rcAbbre / locState); values may be space-padded.
    ['rateCenter', item['rcAbbre'] ?? item['rateCenter']],
    ['province', item['locState'] ?? item['province'] ?? item['state']],
  ]);
  return entry;
}

export function mapTnInventoryCoverage(body: WireObject): CoverageEntry[] {
  // The guide says tnInventoryCoverageList; the vendor Swagger capitalises it.
  return asArray(body['tnInventoryCoverageList'] ?? body['TnInventoryCoverageList']).map(coverageEntryFromWire);
}
