/** One `tnItem` of /portInOrder (L6930–L6990): its required account data and end user, checked before any order exists. */
import { readFeatureRequest } from '../../features.js';
import type { OrderItem, PortInLine, StringMap } from '../../types.js';
import { invalid, isObject, rawTn, readStr, readTn, stringFields, type Json, type Reply } from '../../wire.js';

export interface PortItem {
  tn: string;
  endUser: StringMap;
  order: Omit<OrderItem, 'done' | 'port'>;
  port: Pick<PortInLine, 'accountNum' | 'atn' | 'authName' | 'authDate' | 'hasAccountPin'>;
}

const ACCOUNT_FIELDS = ['accountNum', 'atn', 'authName', 'authDate'] as const;
const END_USER_REQUIRED = ['name', 'streetNum', 'streetName', 'city', 'state', 'postalCode', 'typeOfService'];
const TYPES_OF_SERVICE = ['B', 'BUSINESS', 'R', 'RESIDENCE'];

const missing = (field: string): Reply => ({ status: `Fields are Required: ${field}`, statusCode: '414' });

export function readPortItem(raw: Json, index: number, today: string): PortItem | Reply {
  const at = `portInOrder.tnList.tnItem[${index}]`;
  if (raw['tn'] === undefined || raw['tn'] === '') return missing(`${at}.tn`);
  const tn = readTn(raw['tn']);
  if (!tn) return invalid(`${at}.tn must be a ten-digit telephone number, got [${rawTn(raw['tn'])}]`);
  for (const f of ACCOUNT_FIELDS) if (readStr(raw[f]) === undefined) return missing(`${at}.${f}`);
  const authDate = readStr(raw['authDate'])!;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(authDate) || Number.isNaN(Date.parse(authDate)))
    return invalid(`${at}.authDate must be a date like 2015-12-15`);
  // "must be less than or equal to today's date" (L6945)
  if (authDate > today) return invalid(`${at}.authDate must be today or earlier`);
  if (!isObject(raw['endUser'])) return missing(`${at}.endUser`);
  const endUser = stringFields(raw['endUser']);
  for (const f of END_USER_REQUIRED) if (!endUser[f]?.trim()) return missing(`${at}.endUser.${f}`);
  if (!TYPES_OF_SERVICE.includes(endUser['typeOfService']!.toUpperCase())) return invalid(`${at}.endUser.typeOfService must be B or R`);
  const order: PortItem['order'] = { tn, endUser };
  const trunkGroup = readStr(raw['trunkGroup']);
  if (trunkGroup !== undefined) order.trunkGroup = trunkGroup;
  const pin = readStr(raw['portOutPin']);
  if (pin !== undefined) order.portOutPin = pin;
  const note = readStr(raw['tnNote']);
  if (note !== undefined) order.tnNote = note;
  const features = readFeatureRequest(raw['tnFeature']);
  if (features && Object.keys(features).length > 0) {
    // "trunkGroup is required if feature is requested for specific TN" (L7010)
    if (trunkGroup === undefined) return missing(`${at}.trunkGroup`);
    order.tnFeature = features;
  }
  return {
    tn,
    endUser,
    order,
    port: {
      accountNum: readStr(raw['accountNum'])!,
      atn: readStr(raw['atn'])!,
      authName: readStr(raw['authName'])!,
      authDate,
      hasAccountPin: readStr(raw['accountPin']) !== undefined,
    },
  };
}
