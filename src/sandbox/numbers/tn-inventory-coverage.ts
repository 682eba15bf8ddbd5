/**
 * /tnInventoryCoverage (L1455): counts of available numbers. Only the default NPA-NXX grouping's
 * shape is documented (L1485); the other groupings reuse its field names with just the fields that
 * define the group (block adds `block`, the seventh digit).
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, isReply, ok, readStr, type Json } from '../wire.js';
import { readProvince, sameText, wirelessFilter } from './shared/inventory-search.js';

export const tnInventoryCoverage = defineOperation({ countBy: ANY, rateCenter: ANY, wireless: ANY, province: ANY }, ({ state }, body) => {
  const countByRaw = readStr(body['countBy']) ?? 'npaNxx';
  const countBy = ({ state: 'state', ratecenter: 'rateCenter', npanxx: 'npaNxx', block: 'block' } as Record<string, string>)[
    countByRaw.toLowerCase()
  ];
  if (!countBy) return invalid('countBy must be one of state, rateCenter, npaNxx, block');
  const wireless = wirelessFilter(state, body['wireless']);
  if (isReply(wireless)) return wireless;
  const rateCenter = readStr(body['rateCenter']);
  const province = readProvince(body['province']);
  if (isReply(province)) return province;
  const groups = new Map<string, Json & { count: number }>();
  for (const r of state.numbers.values()) {
    if (r.state !== 'available' || !wireless(r)) continue;
    const rc = state.rateCenters.get(r.rateCenter);
    if (!rc) continue;
    if (rateCenter !== undefined && !sameText(rc.abbr, rateCenter)) continue;
    if (province !== undefined && rc.province !== province) continue;
    const npa = r.tn.slice(0, 3);
    const nxx = r.tn.slice(3, 6);
    let key: string;
    let base: Json;
    switch (countBy) {
      case 'state':
        key = rc.province;
        base = { locState: rc.province };
        break;
      case 'rateCenter':
        key = `${rc.province}|${rc.abbr}`;
        base = { lata: rc.lata, rcAbbre: rc.abbr, locState: rc.province };
        break;
      case 'block':
        key = r.tn.slice(0, 7);
        base = { npa, nxx, block: r.tn.slice(6, 7), lata: rc.lata, rcAbbre: rc.abbr, locState: rc.province };
        break;
      default:
        key = r.tn.slice(0, 6);
        base = { npa, nxx, lata: rc.lata, rcAbbre: rc.abbr, locState: rc.province };
    }
    const g = groups.get(key) ?? { ...base, count: 0 };
    g.count++;
    groups.set(key, g);
  }
  if (groups.size === 0) return fail('430', 'No Results Found');
  const tnInventoryCoverageList = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, g]) => g);
  return ok({ tnInventoryCoverageList });
});
