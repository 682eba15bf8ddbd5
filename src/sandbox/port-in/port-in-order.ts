/**
 * /portInOrder (L6904): answers a shell order number at once ("a generic 200 Success response",
 * Order Validation L12979); the per-number checks (not already on the account, not on a pending
 * order, in an approved rate center) run in the background: invalid numbers are removed and show
 * in /excludedTnList once Incomplete ends. Malformed requests are refused whole, before any order.
 */
import { readFeatureRequest, validateFeatures } from '../features.js';
import { INCOMPLETE_MS } from '../order-timing.js';
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { END_USER, TN_FEATURE, tnList } from '../request-fields.js';
import type { Order, OrderItem } from '../types.js';
import { dayDate, invalid, isObject, isReply, readStr, readWrappedItems, readYN, type Json, type Reply } from '../wire.js';
import { FOC_ANSWER_MS } from './shared/port-lifecycle.js';
import { jeopardyOf, losingCarrierOf, notPortableReason } from './shared/port-state.js';
import { readPortItem, type PortItem } from './shared/port-item.js';

const ITEM = {
  tn: ANY,
  trunkGroup: ANY,
  portOutPin: ANY,
  tnNote: ANY,
  accountNum: ANY,
  atn: ANY,
  accountPin: ANY,
  authName: ANY,
  authDate: ANY,
  endUser: END_USER,
  tnFeature: TN_FEATURE,
} as const;

const REQUEST = {
  portInOrder: {
    customerOrderReference: ANY,
    resellerName: ANY,
    desiredDueDate: ANY,
    desiredPortTime: ANY,
    desiredPortTimeZone: ANY,
    onDemandActivation: ANY,
    onNetOnly: ANY,
    ...tnList(ITEM),
  },
} as const;

const TIME_ZONES = ['US/Eastern', 'US/Central', 'US/Mountain', 'US/Pacific', 'GMT'];
const CANADIAN = new Set(['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT']);
/** "200 or fewer per losing carrier" (L6925). */
const ON_DEMAND_LIMIT = 200;

function readOrderLevel(o: Json, today: string): Reply | { due: string; time: string; zone: string; onDemand: boolean } {
  const due = readStr(o['desiredDueDate']);
  if (due === undefined) return { status: 'Fields are Required: portInOrder.desiredDueDate', statusCode: '414' };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(due.slice(0, 10)) || Number.isNaN(Date.parse(due.slice(0, 10)))) {
    return invalid('desiredDueDate must be a date like 2015-12-15');
  }
  if (due.slice(0, 10) < today) return invalid('desiredDueDate must be today or later');
  const time = readStr(o['desiredPortTime']) ?? '';
  if (time !== '' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return invalid('desiredPortTime must be HH:MM (e.g. 14:00)');
  const zone = readStr(o['desiredPortTimeZone']) ?? '';
  if (zone !== '' && !TIME_ZONES.includes(zone)) return invalid(`desiredPortTimeZone must be one of ${TIME_ZONES.join(', ')}`);
  for (const flag of ['onDemandActivation', 'onNetOnly']) {
    if (o[flag] !== undefined && readYN(o[flag]) === undefined) return invalid(`${flag} must be Y or N`);
  }
  return { due: due.slice(0, 10), time, zone, onDemand: readYN(o['onDemandActivation']) === 'Y' };
}

export const portInOrder = defineOperation(REQUEST, ({ state, now }, body) => {
  const raws = readWrappedItems(body, 'portInOrder');
  if (isReply(raws)) return raws;
  const o = body.portInOrder as Json;
  const level = readOrderLevel(o, dayDate(now));
  if (isReply(level)) return level;
  const items: PortItem[] = [];
  for (const [index, raw] of raws.entries()) {
    const item = readPortItem(raw, index, dayDate(now));
    if (isReply(item)) return item;
    const featureProblem = validateFeatures(
      readFeatureRequest(raw['tnFeature']),
      isObject(raw['endUser']) ? raw['endUser'] : undefined,
      false,
    );
    if (featureProblem) return invalid(`portInOrder.tnList.tnItem[${index}].tnFeature: ${featureProblem}`);
    items.push(item);
  }
  if (items.some((i) => CANADIAN.has(i.endUser['state']?.toUpperCase() ?? '')) && readStr(o['resellerName']) === undefined) {
    return { status: 'Fields are Required: portInOrder.resellerName (required for Canadian port orders)', statusCode: '414' };
  }
  if (level.onDemand) {
    const perCarrier = new Map<string, number>();
    for (const i of items) perCarrier.set(losingCarrierOf(state, i.tn), (perCarrier.get(losingCarrierOf(state, i.tn)) ?? 0) + 1);
    const over = [...perCarrier].find(([, n]) => n > ON_DEMAND_LIMIT);
    if (over)
      return invalid(`onDemandActivation allows ${ON_DEMAND_LIMIT} or fewer numbers per losing carrier; ${over[1]} are with ${over[0]}`);
  }

  const id = state.newOrderId();
  const onOpenOrders = state.tnsOnOpenOrders();
  const seen = new Set<string>();
  const valid: OrderItem[] = [];
  const excluded: Order['excluded'] = [];
  const groups = new Map<string, string>();
  const at = now + INCOMPLETE_MS;
  for (const i of items) {
    const reason = seen.has(i.tn)
      ? 'TN is duplicated in the request'
      : onOpenOrders.has(i.tn)
        ? 'TN is on a pending order'
        : notPortableReason(state, i.tn);
    seen.add(i.tn);
    if (reason) {
      excluded.push({ tn: i.tn, reason, at });
      continue;
    }
    const carrier = losingCarrierOf(state, i.tn);
    if (!groups.has(carrier)) groups.set(carrier, `Group ID ${(id % 100_000) * 10 + groups.size} - ${carrier}`);
    const jeopardyReason = jeopardyOf(state, i.tn);
    valid.push({
      ...i.order,
      done: false,
      port: {
        ...i.port,
        losingCarrier: carrier,
        tnGroup: groups.get(carrier)!,
        answerDueAt: at + FOC_ANSWER_MS,
        ...(jeopardyReason !== undefined ? { jeopardyReason } : {}),
      },
    });
  }
  const order: Order = {
    id,
    kind: 'PORT_IN',
    productId: 113,
    serviceOrder: 'NEW',
    status: 'INCOMPLT',
    customerOrderReference: readStr(o['customerOrderReference']) ?? '',
    createdAt: now,
    createdUser: 'api_user',
    lastModified: now,
    items: valid,
    hasFeatures: valid.some((i) => i.tnFeature !== undefined),
    excluded,
    notes: [],
    background: true,
    portIn: { desiredDueDate: level.due, desiredPortTime: level.time, desiredPortTimeZone: level.zone, onDemandActivation: level.onDemand },
  };
  state.orders.set(id, order);
  return { orderId: String(id), statusCode: '200', status: 'Success' };
});
