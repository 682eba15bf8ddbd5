/**
 * One `tnItem` of /orderUpdate (L10172–L10250): read and checked completely before the order is
 * touched; `apply` then makes the change.
 *
 * Reading of the `**` group: the table marks tn, trunkGroup, accountNum, atn, authName and authDate
 * all `No**`, yet its own example sends tn with only cancelTn or only tnFeature (L10264–L10283). So tn
 * is required on every item, trunkGroup stands alone, and the four port-in account fields go together.
 */
import { MESSAGE_CLASSES, MESSAGE_TYPES, readFeatureRequest, validateFeatures } from '../../features.js';
import type { SandboxState } from '../../store.js';
import type { Order, OrderItem, StringMap } from '../../types.js';
import { dayDate, fail, invalid, isObject, isReply, readStr, readTn, required, stringFields, type Reply } from '../../wire.js';
import { invalidTnSubmitted } from './order-lookup.js';

export interface ItemUpdate {
  item: OrderItem;
  apply: () => void;
}

const ACCOUNT_FIELDS = ['accountNum', 'atn', 'authName', 'authDate'] as const;
const END_USER_REQUIRED = ['name', 'streetNum', 'streetName', 'city', 'state', 'postalCode', 'typeOfService'];
const E911_REQUIRED = ['name', 'origStreetNum', 'origStreetInfo', 'origCity', 'origState', 'origPostalCode'];
const FEATURES = ['callerId', 'directoryListing', 'e911', 'messaging'] as const;

/** cancelFeatureRequest, which the table also spells "cancelFeature Request" (L10229, L10240, L10243). */
function cancels(block: StringMap | undefined): boolean {
  return (block?.['cancelFeatureRequest'] ?? block?.['cancelFeature Request'])?.toUpperCase() === 'Y';
}

/**
 * orderUpdate's table swaps the two value lists (messageType "P2P, A2PLC, A2P8XX", messageClass
 * "SMS, MMS …", L10241–L10242) against every other operation. Both spellings are accepted: the
 * values say which is which, and they are stored with their usual meaning.
 */
function normaliseMessaging(m: StringMap): void {
  const cls = m['messageClass'];
  const type = m['messageType'];
  const swapped = (type !== undefined && MESSAGE_CLASSES.includes(type)) || (cls !== undefined && MESSAGE_TYPES.includes(cls));
  if (!swapped) return;
  if (type !== undefined) m['messageClass'] = type;
  else delete m['messageClass'];
  if (cls !== undefined) m['messageType'] = cls;
  else delete m['messageType'];
}

function readFeatures(raw: unknown, at: string): { set: Record<string, StringMap>; drop: string[] } | Reply {
  const req = readFeatureRequest(raw) ?? {};
  const set: Record<string, StringMap> = {};
  const drop: string[] = [];
  // cnamDip directly under tnFeature: the table lists it after callerId's own fields (L10230), the nesting is unclear.
  const dip = isObject(raw) ? readStr(raw['cnamDip']) : undefined;
  if (dip !== undefined) req['callerId'] = { ...req['callerId'], cnamDip: dip };
  for (const f of FEATURES) {
    const block = req[f];
    if (!block) continue;
    if (cancels(block)) {
      drop.push(f);
      continue;
    }
    const { cancelFeatureRequest: _c, 'cancelFeature Request': _s, ...fields } = block;
    if (f === 'messaging') normaliseMessaging(fields);
    if (f === 'e911') {
      const missing = E911_REQUIRED.filter((k) => !fields[k]);
      if (missing.length > 0) return required(`${at}.tnFeature.e911.${missing.join(`, ${at}.tnFeature.e911.`)}`);
    }
    set[f] = fields;
  }
  const problem = validateFeatures(set, undefined, false);
  return problem ? invalid(`${at}: ${problem}`) : { set, drop };
}

export function readUpdateItem(state: SandboxState, o: Order, raw: unknown, index: number, now: number): ItemUpdate | Reply {
  const at = `orderUpdate.tnList.tnItem[${index}]`;
  if (!isObject(raw)) return required(`${at}.tn`);
  if (raw['tn'] === undefined || raw['tn'] === '') return required(`${at}.tn`);
  const tn = readTn(raw['tn']);
  if (!tn) return invalidTnSubmitted(raw['tn']);
  const item = o.items.find((i) => i.tn === tn);
  if (!item) return invalid(`${at}.tn ${tn} is not on order ${o.id}`);
  if (item.canceled || item.done) return fail('410', `Invalid Request: ${tn} is no longer pending on order ${o.id}`);

  const cancelTn = readStr(raw['cancelTn'])?.toUpperCase();
  if (cancelTn !== undefined && cancelTn !== 'Y' && cancelTn !== 'N') return invalid(`${at}.cancelTn must be Y`);
  const trunkGroup = readStr(raw['trunkGroup']);
  if (trunkGroup !== undefined && !state.trunkGroups.includes(trunkGroup)) return invalid(`Invalid trunk group name ${trunkGroup}`);

  const sent = ACCOUNT_FIELDS.filter((f) => readStr(raw[f]) !== undefined);
  if (sent.length > 0) {
    if (!item.port) return invalid(`${at}: account data (accountNum, atn, authName, authDate) applies to port-in orders only`);
    const missing = ACCOUNT_FIELDS.filter((f) => !sent.includes(f));
    if (missing.length > 0) return required(`${at}.${missing.join(`, ${at}.`)}`);
    const authDate = readStr(raw['authDate'])!;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(authDate) || Number.isNaN(Date.parse(authDate)))
      return invalid(`${at}.authDate must be a date like 2015-12-15`);
    if (authDate > dayDate(now)) return invalid(`${at}.authDate must be today or earlier`);
    if (!readTn(raw['atn'])) return invalid(`${at}.atn must be a ten-digit telephone number`);
  }

  let endUser: StringMap | undefined;
  if (raw['endUser'] !== undefined) {
    if (!isObject(raw['endUser'])) return required(`${at}.endUser.name`);
    endUser = stringFields(raw['endUser']);
    const missing = END_USER_REQUIRED.filter((f) => !endUser![f]?.trim());
    if (missing.length > 0) return required(`${at}.endUser.${missing.join(`, ${at}.endUser.`)}`);
    const problem = validateFeatures(undefined, endUser);
    if (problem) return invalid(`${at}: ${problem}`);
  }
  const features = raw['tnFeature'] === undefined ? { set: {}, drop: [] } : readFeatures(raw['tnFeature'], at);
  if (isReply(features)) return features;

  const apply = () => {
    if (cancelTn === 'Y') {
      item.canceled = true;
      return;
    }
    if (trunkGroup !== undefined) item.trunkGroup = trunkGroup;
    const pin = readStr(raw['portOutPin']);
    if (pin !== undefined) item.portOutPin = pin;
    const note = readStr(raw['tnNote']);
    if (note !== undefined) item.tnNote = note;
    if (endUser) item.endUser = endUser;
    if (sent.length > 0 && item.port) {
      item.port.accountNum = readStr(raw['accountNum'])!;
      item.port.atn = readTn(raw['atn'])!;
      item.port.authName = readStr(raw['authName'])!;
      item.port.authDate = readStr(raw['authDate'])!;
    }
    if (item.port && readStr(raw['accountPin']) !== undefined) item.port.hasAccountPin = true;
    const merged: Record<string, StringMap> = { ...(item.tnFeature ?? {}) };
    for (const f of features.drop) delete merged[f];
    for (const [f, fields] of Object.entries(features.set)) merged[f] = { ...merged[f], ...fields };
    if (Object.keys(merged).length > 0) item.tnFeature = merged;
    else delete item.tnFeature;
  };
  return { item, apply };
}
