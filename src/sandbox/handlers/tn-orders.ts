/**
 * Order-creating TN operations: /tnOrder (L1595), /tnUpdate (L1897), /tnFeatureOrder (L1941),
 * /tnDisconnect (L2576).
 *
 * Validation: "Immediate validation is performed for requests with 100 or fewer numbers, and
 * invalid numbers are returned in the response" — inside `status`, in the /tnOrder example's
 * format (L1728), with statusCode "200". Larger requests get "a generic 200 Success response with
 * a shell order number" and are validated in the background (Order Validation, L12966): invalid
 * TNs are removed and show up in /excludedTnList once the Incomplete phase ends; if none is valid
 * the order is Canceled. The sandbox decides validity at submit time (so no other request can take
 * the TNs meanwhile) but only reveals background exclusions when Incomplete ends.
 */
import { hasOrderFeatures, readFeatureRequest, validateFeatures } from '../features.js';
import { INCOMPLETE_MS } from '../lifecycle.js';
import type { AssignedTn, Order, OrderItem, OrderKind } from '../types.js';
import {
  exclusionStatus, fail, isObject, ok, rawTn, readItems, readStr, readTn, required, stringFields, type Json, type Reply,
} from '../wire.js';
import type { Ctx, Handler } from './context.js';

/** Above this many TNs validation moves to the background (guide L1597). */
export const INLINE_VALIDATION_LIMIT = 100;

type Validation = { item: OrderItem } | { reason: string };

/**
 * What per-TN validation sees. `isOnOpenOrder` answers from one scan of the open orders per
 * request (validation never mutates the state, so the answer cannot go stale mid-request).
 */
interface ValidationCtx extends Ctx {
  isOnOpenOrder(tn: string): boolean;
}

type Validate = (ctx: ValidationCtx, raw: Json, tn: string) => Validation;

interface Submission {
  kind: OrderKind;
  customerOrderReference: string;
  rawItems: Json[];
  validate: Validate;
}

function submit(ctx: Ctx, s: Submission): Reply {
  const { state, now } = ctx;
  let onOpenOrders: Set<string> | undefined;
  const vctx: ValidationCtx = { ...ctx, isOnOpenOrder: (tn) => (onOpenOrders ??= state.tnsOnOpenOrders()).has(tn) };
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
    else result = s.validate(vctx, raw, tn);
    if (tn) seen.add(tn);
    if ('item' in result) valid.push(result.item);
    else excluded.push({ index, tn: tn ?? rawTn(raw['tn']), reason: result.reason });
  });

  const hasFeatures = s.kind === 'FEATURE' || (s.kind === 'NEW' && valid.some((i) => hasOrderFeatures(i.tnFeature)));
  // "Smaller requests without features will be completed synchronously with a null order number" (L1736)
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

/** A freshly claimed inventory TN, Pending until routed; cnamDip from the request, else the account default. */
function pendingAssignment(item: OrderItem, now: number, cnamDipDefault: 'Y' | 'N'): AssignedTn {
  const dip = item.tnFeature?.['callerId']?.['cnamDip'];
  const a: AssignedTn = {
    tn: item.tn,
    status: 'Pending',
    trunkGroup: item.trunkGroup ?? '',
    features: { callerId: { cnamDip: dip === 'Y' || dip === 'N' ? dip : cnamDipDefault } },
    activateDate: now,
    activateUser: 'api_user',
  };
  if (item.portOutPin !== undefined) a.portOutPin = item.portOutPin;
  if (item.tnNote !== undefined) a.tnNote = item.tnNote;
  return a;
}

// ---- per-kind validation -------------------------------------------------------------------

const unknownTrunkGroup = (ctx: Ctx, trunkGroup: string) =>
  ctx.state.trunkGroups.includes(trunkGroup) ? undefined : `Invalid trunk group name ${trunkGroup}`;

/**
 * A tnItem's endUser and tnFeature blocks, validated together (typeOfService is checked with the
 * features). `requireGroups`: see validateFeatures (/tnOrder yes, /tnFeatureOrder no).
 */
function readFeatureBlocks(raw: Json, requireGroups: boolean): Pick<OrderItem, 'endUser' | 'tnFeature'> | { reason: string } {
  const endUserRaw = isObject(raw['endUser']) ? raw['endUser'] : undefined;
  const tnFeature = readFeatureRequest(raw['tnFeature']);
  const featureError = validateFeatures(tnFeature, endUserRaw, requireGroups);
  if (featureError) return { reason: featureError };
  const blocks: Pick<OrderItem, 'endUser' | 'tnFeature'> = {};
  if (endUserRaw) blocks.endUser = stringFields(endUserRaw);
  if (tnFeature) blocks.tnFeature = tnFeature;
  return blocks;
}

const validateNew: Validate = (ctx, raw, tn) => {
  const { state } = ctx;
  const rec = state.numbers.get(tn);
  if (!rec) return { reason: 'TN is not in Inteliquent inventory' };
  if (rec.state === 'assigned') {
    return { reason: ctx.isOnOpenOrder(tn) ? 'TN is on an existing order' : 'TN is already assigned to this customer' };
  }
  if (rec.state === 'aging') return { reason: 'TN is not available for ordering' };
  // state 'reserved' is fine: the account reserved it (single-account sandbox) — ordering consumes the
  // reservation. "not reserved" in Order Validation (L12973) is read as reserved by someone else.
  const trunkGroup = readStr(raw['trunkGroup']);
  const badTrunkGroup = trunkGroup === undefined ? undefined : unknownTrunkGroup(ctx, trunkGroup);
  if (badTrunkGroup) return { reason: badTrunkGroup };
  const blocks = readFeatureBlocks(raw, true);
  if ('reason' in blocks) return blocks;
  const item: OrderItem = { tn, done: false };
  if (trunkGroup !== undefined) item.trunkGroup = trunkGroup;
  const pin = readStr(raw['portOutPin']);
  if (pin !== undefined) item.portOutPin = pin;
  const note = readStr(raw['tnNote']);
  if (note !== undefined) item.tnNote = note;
  return { item: { ...item, ...blocks } };
};

/** Update/feature/disconnect operate on "active (In Service)" TNs (L1899, L2578). */
function inServiceReason(ctx: Ctx, tn: string): string | undefined {
  const a = ctx.state.assigned.get(tn);
  if (!a) return 'TN is not assigned to this customer';
  if (a.status !== 'In Service') return `TN is not In Service (status ${a.status})`;
  return undefined;
}

const validateTrunkGroupUpdate: Validate = (ctx, raw, tn) => {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  const trunkGroup = readStr(raw['trunkGroup']);
  if (trunkGroup === undefined) return { reason: 'Fields are Required: trunkGroup' };
  const badTrunkGroup = unknownTrunkGroup(ctx, trunkGroup);
  if (badTrunkGroup) return { reason: badTrunkGroup };
  return { item: { tn, trunkGroup, done: false } };
};

const validateFeatureOrder: Validate = (ctx, raw, tn) => {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  if (!isObject(raw['tnFeature'])) return { reason: 'Fields are Required: tnFeature' };
  const blocks = readFeatureBlocks(raw, false);
  if ('reason' in blocks) return blocks;
  return { item: { tn, done: false, ...blocks } };
};

const validateDisconnect: Validate = (ctx, _raw, tn) => {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  if (ctx.isOnOpenOrder(tn)) return { reason: 'TN is on an existing order' };
  return { item: { tn, done: false } };
};

// ---- handlers ------------------------------------------------------------------------------

/**
 * customerOrderReference: the guide says "Alphanumeric order reference name" (L1604, L1903, L1948,
 * L2582) but documents no error; the vendor Swagger rejects only these characters, with 409 and
 * this text (its `\\` read as one backslash). Accepting what either document allows, the sandbox
 * refuses just the Swagger's list.
 */
const INVALID_REFERENCE_CHARS = /[<\\^~`}{>=\][!]/;
const INVALID_REFERENCE = fail('409', 'CustomerOrderReference has invalid characters and cannot include <, \\, ^, ~, `, }, {, >, =, ], [, !');

/**
 * An order-creating operation. /tnOrder and /tnFeatureOrder wrap customerOrderReference and tnList
 * in an object named after the operation (required). /tnUpdate and /tnDisconnect have no wrapper
 * (L1919, L2599): they sit at the top level; a wrapper named after the operation is accepted too
 * (cheap leniency).
 */
function orderOperation(name: string, wrapper: 'required' | 'optional', kind: OrderKind, validate: Validate): Handler {
  return (ctx, body) => {
    const w = body[name];
    let src: Json;
    if (wrapper === 'required') {
      if (!isObject(w)) return required(name);
      src = w;
    } else {
      src = !readItems(body) && isObject(w) ? w : body;
    }
    const rawItems = readItems(src);
    if (!rawItems || rawItems.length === 0) return required('tnList.tnItem');
    const customerOrderReference = readStr(src['customerOrderReference']) ?? '';
    if (INVALID_REFERENCE_CHARS.test(customerOrderReference)) return INVALID_REFERENCE;
    return submit(ctx, { kind, customerOrderReference, rawItems, validate });
  };
}

export const tnOrder = orderOperation('tnOrder', 'required', 'NEW', validateNew);
export const tnUpdate = orderOperation('tnUpdate', 'optional', 'TRUNK_GROUP', validateTrunkGroupUpdate);
export const tnFeatureOrder = orderOperation('tnFeatureOrder', 'required', 'FEATURE', validateFeatureOrder);
export const tnDisconnect = orderOperation('tnDisconnect', 'optional', 'DISCO', validateDisconnect);
