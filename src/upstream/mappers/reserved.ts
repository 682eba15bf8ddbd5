/** /tnReservedList → ReservedNumber[]. */
import type { ReservedNumber } from '../model.js';
import { asArray, obj, requireTn, str, ynToBool, type WireObject } from '../wire.js';
import { capabilitiesFromWire } from './common.js';
import { rateCenterFromWire } from './inventory.js';

function reservedNumberFromWire(value: unknown, index: number): ReservedNumber {
  const item = obj(value);
  const number: ReservedNumber = {
    tn: requireTn(item['telephoneNumber'] ?? item['tn'], `reservedTns[${index}].telephoneNumber`),
    ...rateCenterFromWire(item),
    wireless: ynToBool(item['isWireless'] ?? item['wireless']) ?? false,
    countryCode: str(item['countryCode']) ?? '1',
    capabilities: capabilitiesFromWire(item),
  };
  const city = str(item['city']);
  if (city !== undefined) number.city = city;
  return number;
}

export function mapTnReservedList(body: WireObject): ReservedNumber[] {
  return asArray(body['reservedTns']).map((item, i) => reservedNumberFromWire(item, i));
}
