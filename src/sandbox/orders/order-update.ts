/**
 * /orderUpdate (L10172): changes a Pending order. Every check runs before anything changes, so a
 * refused request leaves the order as it was. The guide marks groups that "must be sent together":
 * `*` desiredPortTime with desiredPortTimeZone, `**` a number's port-in account data
 * (accountNum, atn, authName, authDate), `***` the end user's address, `****` the E911 address.
 * A change to a port-in number in jeopardy is its correction (L13271 "Use the orderUpdate endpoint
 * to make corrections"): the losing carrier is asked again.
 */
import { correct } from '../port-in/shared/port-lifecycle.js';
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { DIRECTORY_LISTING, E911_ADDRESS, END_USER, ORDER_REF, tnList } from '../request-fields.js';
import { fail, invalid, isReply, required, type Reply } from '../wire.js';
import { mutableOrder } from './shared/order-lookup.js';
import { okNumeric } from './shared/numeric-ok.js';
import { ORDER_STATUS_NAMES } from './shared/order-view.js';
import { readUpdateItem, type ItemUpdate } from './shared/update-item.js';

const ZONES = ['US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'GMT'];
const CANCEL = { cancelFeatureRequest: ANY } as const;

export const ORDER_UPDATE_REQUEST = {
  orderUpdate: {
    ...ORDER_REF,
    desiredDueDate: ANY,
    desiredPortTime: ANY,
    desiredPortTimeZone: ANY,
    onDemandActivation: ANY,
    ...tnList({
      tn: ANY,
      trunkGroup: ANY,
      portOutPin: ANY,
      tnNote: ANY,
      accountNum: ANY,
      atn: ANY,
      accountPin: ANY,
      authName: ANY,
      authDate: ANY,
      cancelTn: ANY,
      endUser: END_USER,
      tnFeature: {
        callerId: { callingName: ANY, cnamDip: ANY, ...CANCEL },
        cnamDip: ANY,
        directoryListing: { ...DIRECTORY_LISTING, ...CANCEL, 'cancelFeature Request': ANY },
        e911: { ...E911_ADDRESS, 'origPostalCode PlusFour': ANY, ...CANCEL, 'cancelFeature Request': ANY },
        messaging: { messageClass: ANY, messageType: ANY, ...CANCEL, 'cancelFeature Request': ANY },
      },
    }),
  },
} as const;

interface OrderLevel {
  desiredDueDate?: string;
  desiredPortTime?: string;
  desiredPortTimeZone?: string;
  onDemandActivation?: boolean;
}

/** The example sends desiredPortTime "08:30:00-0600" though the table says HH:MM (L10186, L10262): both are accepted. */
function readOrderLevel(u: Record<string, unknown>): OrderLevel | Reply {
  const out: OrderLevel = {};
  const due = typeof u['desiredDueDate'] === 'string' ? u['desiredDueDate'].trim() : undefined;
  if (due) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(due) || Number.isNaN(Date.parse(due))) return invalid('desiredDueDate must be a date like 2015-12-15');
    out.desiredDueDate = due;
  }
  const time = typeof u['desiredPortTime'] === 'string' ? u['desiredPortTime'].trim() : undefined;
  const zone = typeof u['desiredPortTimeZone'] === 'string' ? u['desiredPortTimeZone'].trim() : undefined;
  if (time) {
    const hhmm = /^([01]\d|2[0-3]):[0-5]\d/.exec(time);
    if (!hhmm) return invalid('desiredPortTime must be HH:MM (e.g. 14:00)');
    out.desiredPortTime = hhmm[0];
  }
  if (zone) {
    if (!ZONES.includes(zone)) return invalid('desiredPortTimeZone must be one of US/Eastern, US/Central, US/Mountain, US/Pacific, GMT');
    out.desiredPortTimeZone = zone;
  }
  // "*Asterisks indicate parameters that must be sent together"; the example's time carries its own offset instead.
  if (out.desiredPortTimeZone && !out.desiredPortTime) return required('orderUpdate.desiredPortTime');
  if (out.desiredPortTime && !out.desiredPortTimeZone && time?.length === 5) return required('orderUpdate.desiredPortTimeZone');
  const od = u['onDemandActivation'];
  if (od !== undefined && od !== '') {
    if (od !== 'Y' && od !== 'N') return invalid('onDemandActivation must be Y or N');
    out.onDemandActivation = od === 'Y';
  }
  return out;
}

export const orderUpdate = defineOperation(ORDER_UPDATE_REQUEST, ({ state, now }, body) => {
  const u = body.orderUpdate;
  if (typeof u !== 'object' || u === null || Array.isArray(u)) return required('orderUpdate');
  const update = u as Record<string, unknown>;
  const o = mutableOrder(state, update);
  if (isReply(o)) return o;
  if (o.status !== 'PENDING') {
    // As /orderCancel: the guide gives no code or text ("4XX Dynamic error message", L13360).
    return fail('410', `Invalid Request: order ${o.id} is ${ORDER_STATUS_NAMES[o.status]}; only Pending orders can be updated`);
  }
  const level = readOrderLevel(update);
  if (isReply(level)) return level;
  const tnListValue = update['tnList'];
  const rawItems = typeof tnListValue === 'object' && tnListValue !== null ? (tnListValue as Record<string, unknown>)['tnItem'] : undefined;
  const list = rawItems === undefined ? [] : Array.isArray(rawItems) ? rawItems : [rawItems];
  const items: ItemUpdate[] = [];
  for (const [index, raw] of list.entries()) {
    const read = readUpdateItem(state, o, raw, index, now);
    if (isReply(read)) return read;
    items.push(read);
  }
  if (o.portIn) {
    if (level.desiredDueDate) o.portIn.desiredDueDate = level.desiredDueDate;
    if (level.desiredPortTime) o.portIn.desiredPortTime = level.desiredPortTime;
    if (level.desiredPortTimeZone) o.portIn.desiredPortTimeZone = level.desiredPortTimeZone;
    if (level.onDemandActivation !== undefined) o.portIn.onDemandActivation = level.onDemandActivation;
  }
  if (level.desiredDueDate) o.desiredDueDate = level.desiredDueDate;
  for (const { item, apply } of items) {
    apply();
    if (!item.canceled && item.port?.jeopardy !== undefined) correct(item.port, now);
  }
  o.lastModified = now;
  return okNumeric();
});
