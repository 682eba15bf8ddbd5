/**
 * Order-creating TN operations (/tnOrder, /tnUpdate, /tnFeatureOrder, /tnDisconnect): reading the
 * request, per-TN validation and the order they create.
 *
 * Validation: "Immediate validation is performed for requests with 100 or fewer numbers, and
 * invalid numbers are returned in the response" — inside `status`, in the /tnOrder example's
 * format (L1728), with statusCode "200". Larger requests get "a generic 200 Success response with
 * a shell order number" and are validated in the background (Order Validation, L12966): invalid
 * TNs are removed and show up in /excludedTnList once the Incomplete phase ends; if none is valid
 * the order is Canceled. The sandbox decides validity at submit time (so no other request can take
 * the TNs meanwhile) but only reveals background exclusions when Incomplete ends.
 */
import { hasOrderFeatures } from '../../features.js';
import { INCOMPLETE_MS } from '../../order-timing.js';
import { defineOperation, type Ctx, type Operation } from '../../operation.js';
import { ANY, type RequestShape } from '../../request-shape.js';
import { tnList } from '../../request-fields.js';
import type { AssignedTn, Order, OrderItem, OrderKind } from '../../types.js';
import { exclusionStatus, fail, isObject, ok, rawTn, readItems, readStr, readTn, required, type Json, type Reply } from '../../wire.js';

/** Above this many TNs validation moves to the background (guide L1597). */
const INLINE_VALIDATION_LIMIT = 100;

type Validation = { item: OrderItem } | { reason: string };

/**
 * What per-TN validation sees. `isOnOpenOrder` answers from one scan of the open orders per
 * request (validation never mutates the state, so the answer cannot go stale mid-request).
 */
interface ValidationCtx extends Ctx {
  isOnOpenOrder(tn: string): boolean;
}

/** Checks one tnItem whose `tn` is already known to be a well-formed, first-seen TN. */
export type Validate = (ctx: ValidationCtx, raw: Json, tn: string) => Validation;

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

/**
 * customerOrderReference: the guide says "Alphanumeric order reference name" (L1604, L1903, L1948,
 * L2582) but documents no error; the vendor Swagger rejects only these characters, with 409 and
 * this text (its `\\` read as one backslash). Accepting what either document allows, the sandbox
 * refuses just the Swagger's list.
 */
export const INVALID_REFERENCE_CHARS = /[<\\^~`}{>=\][!]/;
export const INVALID_REFERENCE = fail(
  '409',
  'CustomerOrderReference has invalid characters and cannot include <, \\, ^, ~, `, }, {, >, =, ], [, !',
);

interface OrderOperationSpec {
  /** The operation's name, which is also the name of its wrapper object. */
  name: string;
  /**
   * /tnOrder and /tnFeatureOrder wrap customerOrderReference and tnList in an object named after the
   * operation (required). /tnUpdate and /tnDisconnect have no wrapper (L1919, L2599): they sit at the
   * top level; a wrapper named after the operation is accepted too (cheap leniency).
   */
  wrapper: 'required' | 'optional';
  kind: OrderKind;
  /** The fields of one tnItem, as the operation's request table lists them. */
  item: RequestShape;
  validate: Validate;
}

export function orderOperation({ name, wrapper, kind, item, validate }: OrderOperationSpec): Operation {
  const order = { customerOrderReference: ANY, ...tnList({ tn: ANY, ...item }) };
  const request: RequestShape = wrapper === 'required' ? { [name]: order } : { ...order, [name]: order };
  return defineOperation(request, (ctx, body) => {
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
  });
}
