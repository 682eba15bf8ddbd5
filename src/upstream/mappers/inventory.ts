/** /tnInventory → Page<InventoryNumber>. */
import type { InventoryNumber, Page, RateCenterRef } from '../model.js';
import { asArray, normalizeTier, obj, requireTn, str, type WireObject } from '../wire.js';
import { capabilitiesFromWire, pageFromWire } from './common.js';

/** rateCenter, rateCenterName (or locName), lata, province, tier ("Tier 0" → "0"). */
export function rateCenterFromWire(item: WireObject): RateCenterRef {
  const ref: RateCenterRef = { rateCenter: str(item['rateCenter']) ?? str(item['rcAbbre']) ?? '' };
  const rateCenterName = str(item['rateCenterName']) ?? str(item['locName']);
  if (rateCenterName !== undefined) ref.rateCenterName = rateCenterName;
  const lata = str(item['lata']);
  if (lata !== undefined) ref.lata = lata;
  const province = str(item['province']) ?? str(item['locState']);
  if (province !== undefined) ref.province = province;
  const tier = normalizeTier(item['rateCenterTier']);
  if (tier !== undefined) ref.tier = tier;
  return ref;
}

function inventoryNumberFromWire(value: unknown, index: number): InventoryNumber {
  const item = obj(value);
  const number: InventoryNumber = {
    tn: requireTn(item['telephoneNumber'] ?? item['tn'], `tnResult[${index}].telephoneNumber`),
    ...rateCenterFromWire(item),
    countryCode: str(item['countryCode']) ?? '1',
    capabilities: capabilitiesFromWire(item),
  };
  const city = str(item['city']);
  if (city !== undefined) number.city = city;
  return number;
}

export function mapTnInventory(body: WireObject, requestedPage?: number): Page<InventoryNumber> {
  const items = asArray(body['tnResult']).map((item, i) => inventoryNumberFromWire(item, i));
  return pageFromWire(body, items, requestedPage);
}
