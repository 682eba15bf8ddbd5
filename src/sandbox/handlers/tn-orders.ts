/**
 * Order-creating TN operations: /tnOrder (L1595), /tnUpdate (L1897), /tnFeatureOrder (L1941),
 * /tnDisconnect (L2576).
 *
 * Validation: "Immediate validation is performed for requests with 100 or fewer numbers, and
 * invalid numbers are returned in the response" — inside `status`, in the /tnOrder example's
 * format (L1720), with statusCode "200". Larger requests get "a generic 200 Success response with
 * a shell order number" and are validated in the background (Order Validation, L12966): invalid
 * TNs are removed and show up in /excludedTnList once the Incomplete phase ends; if none is valid
 * the order is Canceled. The sandbox decides validity at submit time (so no other request can take
 * the TNs meanwhile) but only reveals background exclusions when Incomplete ends.
 */
import { FeatureRequest, hasOrderFeatures, readFeatureRequest, validateFeatures } from '../features.js';
import { INCOMPLETE_MS, pendingAssignment } from '../lifecycle.js';
import type { Order, OrderItem, OrderKind, StringMap } from '../types.js';
import {
  exclusionStatus, isObject, ok, rawTn, readItems, readStr, readTn, required, stringFields, type Json, type Reply,
} from '../wire.js';
import type { Ctx, Handler } from './context.js';

/** Above this many TNs validation moves to the background (guide L1597). */
export const INLINE_VALIDATION_LIMIT = 100;

type Validation = { item: OrderItem } | { reason: string };

interface Submission {
  kind: OrderKind;
  customerOrderReference: string;
  rawItems: Json[];
  validate: (ctx: Ctx, raw: Json, tn: string) => Validation;
}

function submit(ctx: Ctx, s: Submission): Reply {
  const { state, now } = ctx;
  const background = s.rawItems.length > INLINE_VALIDATION_LIMIT;
  const seen = new Set<string>();
  const valid: OrderItem[] = [];
  const excluded: Array<{ index: number; tn: string; reason: string }> = [];
  s.rawItems.forEach((raw, index) => {
    const tn = readTn(raw['tn']);
    let result: Validation;
    if (raw['tn'] === undefined || raw['tn'] === null || raw['tn'] === '') result = { reason: 'Fields are Required: tn' };
    else if (!tn) result = { reason: 'Invalid TN; must be a ten-digit telephone number' };
    else if (seen.has(tn)) result = { reason: 'TN is duplicated in the request' };
    else result = s.validate(ctx, raw, tn);
    if (tn) seen.add(tn);
    if ('item' in result) valid.push(result.item);
    else excluded.push({ index, tn: tn ?? rawTn(raw['tn']), reason: result.reason });
  });

  const hasFeatures = s.kind === 'FEATURE' || (s.kind === 'NEW' && valid.some((i) => hasOrderFeatures(i.tnFeature)));
  // "Smaller requests without features will be completed synchronously with a null order number" (L1727)
  const synchronous = s.kind === 'NEW' && !background && !hasFeatures;
  const inlineStatus = excluded.length > 0 && !background ? exclusionStatus(excluded) : 'Success';
  if (valid.length === 0 && !background) {
    // Nothing to do: no order is created; the exclusions (if any) are the answer.
    return ok({ status: inlineStatus, orderId: 'null' });
  }

  const order: Order = {
    id: state.newOrderId(),
    kind: s.kind,
    productId: s.kind === 'FEATURE' ? 128 : 103,
    serviceOrder: s.kind === 'NEW' ? 'NEW' : s.kind === 'DISCO' ? 'DISCO' : 'CHANGE',
    status: synchronous ? 'CLSD' : 'INCOMPLT',
    customerOrderReference: s.customerOrderReference,
    createdAt: now,
    createdUser: 'api_user',
    lastModified: now,
    items: valid,
    hasFeatures,
    excluded: excluded.map((e) => ({ tn: e.tn, reason: e.reason, at: background ? now + INCOMPLETE_MS : now })),
    notes: [],
    background,
  };
  if (synchronous) {
    order.pendingAt = now;
    order.closedAt = now;
  }
  state.orders.set(order.id, order);

  for (const item of valid) {
    if (s.kind === 'NEW') {
      const rec = state.numbers.get(item.tn);
      if (rec) {
        rec.state = 'assigned';
        delete rec.reservedUntil;
      }
      const a = pendingAssignment(item, now, state.account.cnamDipDefault);
      state.assigned.set(item.tn, a);
      if (synchronous) {
        a.status = 'In Service';
        item.done = true;
        item.doneAt = now;
        if (item.endUser) a.endUser = { ...item.endUser };
      }
    } else if (s.kind === 'DISCO') {
      const a = state.assigned.get(item.tn);
      if (a) a.status = 'Pending Disconnect';
    }
  }
  return ok({ status: inlineStatus, orderId: synchronous ? 'null' : String(order.id) });
}

// ---- per-kind validation -------------------------------------------------------------------

function validateNew(ctx: Ctx, raw: Json, tn: string): Validation {
  const { state } = ctx;
  const rec = state.numbers.get(tn);
  if (!rec) return { reason: 'TN is not in Inteliquent inventory' };
  if (rec.state === 'assigned') {
    return { reason: state.isOnOpenOrder(tn) ? 'TN is on an existing order' : 'TN is already assigned to this customer' };
  }
  if (rec.state === 'aging') return { reason: 'TN is not available for ordering' };
  // state 'reserved' is fine: the account reserved it (single-account sandbox) — ordering consumes the reservation.
  const trunkGroup = readStr(raw['trunkGroup']);
  if (trunkGroup !== undefined && !state.trunkGroups.includes(trunkGroup)) return { reason: `Invalid trunk group name ${trunkGroup}` };
  const endUserRaw = isObject(raw['endUser']) ? raw['endUser'] : undefined;
  const tnFeature = readFeatureRequest(raw['tnFeature']);
  const featureError = validateFeatures(tnFeature, endUserRaw);
  if (featureError) return { reason: featureError };
  const item: OrderItem = { tn, done: false };
  if (trunkGroup !== undefined) item.trunkGroup = trunkGroup;
  const pin = readStr(raw['portOutPin']);
  if (pin !== undefined) item.portOutPin = pin;
  const note = readStr(raw['tnNote']);
  if (note !== undefined) item.tnNote = note;
  if (endUserRaw) item.endUser = stringFields(endUserRaw);
  if (tnFeature) item.tnFeature = tnFeature;
  return { item };
}

/** Update/feature/disconnect operate on "active (In Service)" TNs (L1899, L2578). */
function inServiceReason(ctx: Ctx, tn: string): string | undefined {
  const a = ctx.state.assigned.get(tn);
  if (!a) return 'TN is not assigned to this customer';
  if (a.status !== 'In Service') return `TN is not In Service (status ${a.status})`;
  return undefined;
}

function validateTrunkGroupUpdate(ctx: Ctx, raw: Json, tn: string): Validation {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  const trunkGroup = readStr(raw['trunkGroup']);
  if (trunkGroup === undefined) return { reason: 'Fields are Required: trunkGroup' };
  if (!ctx.state.trunkGroups.includes(trunkGroup)) return { reason: `Invalid trunk group name ${trunkGroup}` };
  return { item: { tn, trunkGroup, done: false } };
}

function validateFeatureOrder(ctx: Ctx, raw: Json, tn: string): Validation {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  const tnFeature = readFeatureRequest(raw['tnFeature']);
  if (!tnFeature) return { reason: 'Fields are Required: tnFeature' };
  const endUserRaw = isObject(raw['endUser']) ? raw['endUser'] : undefined;
  const featureError = validateFeatures(tnFeature, endUserRaw);
  if (featureError) return { reason: featureError };
  const item: OrderItem = { tn, tnFeature: tnFeature as FeatureRequest, done: false };
  if (endUserRaw) item.endUser = stringFields(endUserRaw) as StringMap;
  return { item };
}

function validateDisconnect(ctx: Ctx, _raw: Json, tn: string): Validation {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  if (ctx.state.isOnOpenOrder(tn)) return { reason: 'TN is on an existing order' };
  return { item: { tn, done: false } };
}

// ---- handlers ------------------------------------------------------------------------------

export const tnOrder: Handler = (ctx, body) => {
  const wrapper = body['tnOrder'];
  if (!isObject(wrapper)) return required('tnOrder');
  const rawItems = readItems(wrapper);
  if (!rawItems || rawItems.length === 0) return required('tnList.tnItem');
  return submit(ctx, {
    kind: 'NEW',
    customerOrderReference: readStr(wrapper['customerOrderReference']) ?? '',
    rawItems,
    validate: validateNew,
  });
};

/**
 * /tnUpdate and /tnDisconnect have no wrapper object (L1919, L2599): customerOrderReference and
 * tnList sit at the top level. A `tnUpdate`/`tnDisconnect` wrapper is accepted too (cheap leniency).
 */
function unwrapped(body: Json, wrapperName: string): Json {
  const w = body[wrapperName];
  return !readItems(body) && isObject(w) ? w : body;
}

export const tnUpdate: Handler = (ctx, body) => {
  const src = unwrapped(body, 'tnUpdate');
  const rawItems = readItems(src);
  if (!rawItems || rawItems.length === 0) return required('tnList.tnItem');
  return submit(ctx, {
    kind: 'TRUNK_GROUP',
    customerOrderReference: readStr(src['customerOrderReference']) ?? '',
    rawItems,
    validate: validateTrunkGroupUpdate,
  });
};

export const tnFeatureOrder: Handler = (ctx, body) => {
  const wrapper = body['tnFeatureOrder'];
  if (!isObject(wrapper)) return required('tnFeatureOrder');
  const rawItems = readItems(wrapper);
  if (!rawItems || rawItems.length === 0) return required('tnList.tnItem');
  return submit(ctx, {
    kind: 'FEATURE',
    customerOrderReference: readStr(wrapper['customerOrderReference']) ?? '',
    rawItems,
    validate: validateFeatureOrder,
  });
};

export const tnDisconnect: Handler = (ctx, body) => {
  const src = unwrapped(body, 'tnDisconnect');
  const rawItems = readItems(src);
  if (!rawItems || rawItems.length === 0) return required('tnList.tnItem');
  return submit(ctx, {
    kind: 'DISCO',
    customerOrderReference: readStr(src['customerOrderReference']) ?? '',
    rawItems,
    validate: validateDisconnect,
  });
};
