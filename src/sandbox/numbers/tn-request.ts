/**
 * /tnRequest (L4543): numbers added to inventory on request, optionally activated on the account.
 *
 * The guide documents only the 200 answer (with `orderId` as a string) and that `quantity` is
 * required; everything else follows its general rule "4XX Dynamic error message" with the
 * sandbox's shared 414/416 spellings. Every accepted request creates a NEW order for product 103
 * that runs on the sandbox clock like /tnOrder's asynchronous orders (it is never completed
 * synchronously: the example answers an order id for ten activated numbers).
 *
 * Criteria: the guide's own example combines criteria no single rate center meets (IL, LATA 550,
 * rate center WSHNGTNZN1 in DC / LATA 236, NPA-NXX 312-348 in Chicago). The sandbox reads them as
 * a request to a person at the carrier would be read: the most specific criterion given must be
 * satisfiable (NPA-NXX, then NPA or NXX, rate center, LATA, state); each less specific one narrows
 * the choice only where it agrees with the ones before it.
 */
import { defineOperation, type Ctx } from '../operation.js';
import { ANY } from '../request-shape.js';
import type { AssignedTn, NumberRecord, Order, OrderItem, RateCenter } from '../types.js';
import { invalid, ok, readStr, readYN, required, type Json, type Reply } from '../wire.js';
import { INVALID_REFERENCE, INVALID_REFERENCE_CHARS } from './shared/order-submission.js';
import { unknownTrunkGroup } from './shared/tn-item-checks.js';

const REQUEST = {
  customerOrderReference: ANY,
  state: ANY,
  lata: ANY,
  rateCenter: ANY,
  npa: ANY,
  nxx: ANY,
  trunkGroup: ANY,
  quantity: ANY,
  activate: ANY,
} as const;

const LINES_PER_BLOCK = 10_000;
const THREE_DIGITS = /^\d{3}$/;

/** One NPA-NXX a rate center serves: where requested numbers are made. */
interface Block {
  prefix: string;
  rc: RateCenter;
}

interface Criterion {
  label: string;
  matches: (b: Block) => boolean;
}

interface Criteria {
  state?: string | undefined;
  lata?: string | undefined;
  rateCenter?: string | undefined;
  npa?: string | undefined;
  nxx?: string | undefined;
}

/** The given criteria, most specific first. */
function criteriaOf(c: Criteria): Criterion[] {
  const out: Criterion[] = [];
  const { npa, nxx, rateCenter, lata, state } = c;
  if (npa && nxx) out.push({ label: `NPA-NXX ${npa}-${nxx}`, matches: (b) => b.prefix === npa + nxx });
  else if (npa) out.push({ label: `NPA ${npa}`, matches: (b) => b.prefix.startsWith(npa) });
  else if (nxx) out.push({ label: `NXX ${nxx}`, matches: (b) => b.prefix.endsWith(nxx) });
  if (rateCenter) out.push({ label: `rate center ${rateCenter}`, matches: (b) => b.rc.abbr === rateCenter.toUpperCase() });
  if (lata) out.push({ label: `LATA ${lata}`, matches: (b) => b.rc.lata === lata });
  if (state) out.push({ label: `state ${state}`, matches: (b) => b.rc.province === state.toUpperCase() });
  return out;
}

/** The NPA-NXX blocks the request can draw from, or the refusal when its leading criterion matches none. */
function blocksFor(ctx: Ctx, criteria: Criteria): Block[] | Reply {
  let blocks: Block[] = [...ctx.state.rateCenters.values()]
    .flatMap((rc) => rc.npaNxx.map((prefix) => ({ prefix, rc })))
    .sort((a, b) => a.prefix.localeCompare(b.prefix));
  for (const [i, criterion] of criteriaOf(criteria).entries()) {
    const narrowed = blocks.filter(criterion.matches);
    if (narrowed.length > 0) blocks = narrowed;
    else if (i === 0) return invalid(`No numbers can be requested for ${criterion.label}`);
  }
  // An account not enabled for wireless cannot search or order wireless numbers (inventory-search.ts):
  // it gets wireline ones unless its criteria leave only wireless blocks.
  if (ctx.state.account.wirelessEnabled) return blocks;
  const wireline = blocks.filter((b) => !b.rc.wirelessNpaNxx.includes(b.prefix));
  return wireline.length > 0 ? wireline : blocks;
}

/** Deterministic new lines in the blocks, skipping every number the sandbox already knows. */
function newNumbers(ctx: Ctx, blocks: Block[], quantity: number): Array<{ tn: string; rc: RateCenter }> | Reply {
  const { state } = ctx;
  const inUse = (tn: string) => state.numbers.has(tn) || state.assigned.has(tn);
  const used = new Map<string, number>();
  for (const tn of new Set([...state.numbers.keys(), ...state.assigned.keys()])) {
    used.set(tn.slice(0, 6), (used.get(tn.slice(0, 6)) ?? 0) + 1);
  }
  const free = blocks.reduce((n, b) => n + LINES_PER_BLOCK - (used.get(b.prefix) ?? 0), 0);
  if (quantity > free) return invalid(`quantity ${quantity} exceeds the ${free} numbers available for these criteria`);
  const out: Array<{ tn: string; rc: RateCenter }> = [];
  for (const b of blocks) {
    // A seed-dependent starting line, so requested numbers do not all read 0000, 0001, …
    const start = (state.seed * 7919 + Number(b.prefix)) % LINES_PER_BLOCK;
    for (let k = 0; k < LINES_PER_BLOCK && out.length < quantity; k++) {
      const tn = b.prefix + String((start + k) % LINES_PER_BLOCK).padStart(4, '0');
      if (!inUse(tn)) out.push({ tn, rc: b.rc });
    }
    if (out.length === quantity) break;
  }
  return out;
}

function numberRecord(tn: string, rc: RateCenter, activated: boolean): NumberRecord {
  const onNetPin = rc.tier === '0' || rc.tier === 'HI';
  return {
    tn,
    rateCenter: rc.abbr,
    wireless: rc.wirelessNpaNxx.includes(tn.slice(0, 6)),
    onNet: true,
    caps: {
      cnam: rc.tier !== 'AK',
      dl: true,
      e911: true,
      msg: true,
      portOutPin: onNetPin,
      portOutNotification: onNetPin,
      smsOverride: true,
      mms: true,
      mmsOverride: true,
    },
    state: activated ? 'assigned' : 'available',
  };
}

/** Pending on the account until the order routes it (lifecycle.ts puts it In Service). */
function pendingOnAccount(ctx: Ctx, tn: string, trunkGroup: string | undefined): AssignedTn {
  return {
    tn,
    status: 'Pending',
    trunkGroup: trunkGroup ?? '',
    features: { callerId: { cnamDip: ctx.state.account.cnamDipDefault } },
    activateDate: ctx.now,
    activateUser: 'api_user',
  };
}

/** The request's values as text, with the guide's formats checked. */
function readRequest(body: Json): Reply | (Criteria & { quantity: number; activate: boolean; trunkGroup?: string; reference: string }) {
  const quantityText = readStr(body['quantity']);
  if (quantityText === undefined) return required('quantity');
  if (!/^\d+$/.test(quantityText) || Number(quantityText) < 1) {
    return invalid(`quantity must be a positive whole number, got ${quantityText}`);
  }
  const state = readStr(body['state']);
  if (state !== undefined && !/^[A-Za-z]{2}$/.test(state)) return invalid(`state must be a two-letter abbreviation, got ${state}`);
  const codes: Record<'lata' | 'npa' | 'nxx', string | undefined> = {
    lata: readStr(body['lata']),
    npa: readStr(body['npa']),
    nxx: readStr(body['nxx']),
  };
  for (const [field, value] of Object.entries(codes)) {
    if (value !== undefined && !THREE_DIGITS.test(value)) return invalid(`${field} must be three digits, got ${value}`);
  }
  // Not required: a request without it only adds the numbers to inventory, the operation's purpose.
  const activateText = readStr(body['activate']);
  const activate = activateText === undefined && typeof body['activate'] !== 'boolean' ? 'N' : readYN(body['activate']);
  if (activate === undefined) return invalid(`activate must be Y or N, got ${activateText}`);
  const reference = readStr(body['customerOrderReference']) ?? '';
  if (INVALID_REFERENCE_CHARS.test(reference)) return INVALID_REFERENCE;
  const trunkGroup = readStr(body['trunkGroup']);
  return {
    quantity: Number(quantityText),
    state,
    ...codes,
    rateCenter: readStr(body['rateCenter']),
    activate: activate === 'Y',
    reference,
    ...(trunkGroup === undefined ? {} : { trunkGroup }),
  };
}

export const tnRequest = defineOperation(REQUEST, (ctx, body) => {
  const request = readRequest(body);
  if ('statusCode' in request) return request;
  const { quantity, activate, trunkGroup, reference } = request;
  // /tnOrder refuses an unknown trunk group with this reason per TN; here the whole request is refused.
  const badTrunkGroup = trunkGroup === undefined ? undefined : unknownTrunkGroup(ctx, trunkGroup);
  if (badTrunkGroup) return invalid(badTrunkGroup);
  const blocks = blocksFor(ctx, request);
  if ('statusCode' in blocks) return blocks;
  const numbers = newNumbers(ctx, blocks, quantity);
  if ('statusCode' in numbers) return numbers;

  const { state, now } = ctx;
  const items: OrderItem[] = numbers.map(({ tn }) => {
    // Numbers only added to inventory need no routing: their line on the order is complete at once.
    const item: OrderItem = activate ? { tn, done: false } : { tn, done: true, doneAt: now };
    if (trunkGroup !== undefined) item.trunkGroup = trunkGroup;
    return item;
  });
  const order: Order = {
    id: state.newOrderId(),
    kind: 'NEW',
    productId: 103,
    serviceOrder: 'NEW',
    status: 'INCOMPLT',
    customerOrderReference: reference,
    createdAt: now,
    createdUser: 'api_user',
    lastModified: now,
    items,
    hasFeatures: false,
    excluded: [],
    notes: [],
    background: false,
  };
  state.orders.set(order.id, order);
  for (const { tn, rc } of numbers) {
    state.numbers.set(tn, numberRecord(tn, rc, activate));
    if (activate) state.assigned.set(tn, pendingOnAccount(ctx, tn, trunkGroup));
  }
  // The guide's example answers orderId as a string ("3212323"), unlike the numeric ids elsewhere.
  return ok({ orderId: String(order.id) });
});
