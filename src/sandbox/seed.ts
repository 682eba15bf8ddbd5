import { INCOMPLETE_MS, ROUTE_MS_PER_TN } from './order-timing.js';
import { FORCED_ASSIGNED, FORCED_INVENTORY, RATE_CENTERS, TRUNK_GROUPS } from './reference-data.js';
import { createRng, type Rng } from './rng.js';
import { SandboxState } from './store.js';
import type { AssignedTn, Capabilities, NumberRecord, Order, RateCenter, StringMap } from './types.js';

const INVENTORY_PER_NPA_NXX = 100;
const ASSIGNED_PER_NPA_NXX = 6;
const DAY = 86_400_000;

const FIRST_NAMES = ['Hope', 'Harry', 'Marcia', 'Ada', 'Grace', 'Linus', 'Maya', 'Omar', 'Priya', 'Sam'];
const LAST_NAMES = ['Trope', 'Fuzz', 'Bog', 'Lovelace', 'Hopper', 'Park', 'Diaz', 'Khan', 'Rossi', 'Ng'];
const STREETS = ['Michigan', 'Adams', 'Winding', 'Main', 'Oak', 'Lake', 'Washington'];
const NOTES = ['Subaccount A', 'Subaccount B', 'Front desk', 'Support line', 'Fax', 'Sales'];

/**
 * Builds a fresh, deterministic sandbox state: the same seed always gives the same inventory,
 * assigned numbers, features and historical orders (dates are relative to `now`).
 */
export function seedState(seed: number, now: number): SandboxState {
  const rng = createRng(seed);
  const state = new SandboxState(seed);
  for (const rc of RATE_CENTERS) state.rateCenters.set(rc.abbr, { ...rc });
  state.trunkGroups.push(...TRUNK_GROUPS);

  const rcByNpaNxx = new Map<string, RateCenter>();
  for (const rc of RATE_CENTERS) for (const p of rc.npaNxx) rcByNpaNxx.set(p, rc);
  const makeRecord = (tn: string, stateName: NumberRecord['state']): NumberRecord | undefined => {
    const rc = rcByNpaNxx.get(tn.slice(0, 6));
    if (!rc) return undefined;
    return {
      tn,
      rateCenter: rc.abbr,
      wireless: rc.wirelessNpaNxx.includes(tn.slice(0, 6)),
      onNet: !rng.chance(0.05),
      caps: capabilities(rng, rc),
      state: stateName,
    };
  };

  // Assigned numbers first (forced ones from the guide's examples, then random ones per NPA-NXX).
  const assignedTns: Array<{ tn: string; trunkGroup: string }> = [...FORCED_ASSIGNED];
  const taken = new Set<string>([...FORCED_ASSIGNED.map((a) => a.tn), ...FORCED_INVENTORY]);
  const regionalTrunkGroups = (rc: RateCenter): string[] =>
    rc.province === 'IL'
      ? ['CHCGIL24CL1_897', 'CHCGIL24CL1_898']
      : rc.province === 'NJ'
        ? ['NWRKNJ02CL1_311', 'CHCGIL24CL1_898']
        : rc.province === 'CA'
          ? ['LSANCA03CL1_120']
          : rc.province === 'GA' || rc.province === 'AL' || rc.province === 'LA'
            ? ['ATLNGAQS08T_266', 'DLLSTX11CL2_452']
            : [...TRUNK_GROUPS];
  const inventory: string[] = [...FORCED_INVENTORY];
  for (const rc of RATE_CENTERS) {
    for (const prefix of rc.npaNxx) {
      const lines = pickDistinctLines(rng, prefix, INVENTORY_PER_NPA_NXX + ASSIGNED_PER_NPA_NXX, taken);
      lines.slice(0, ASSIGNED_PER_NPA_NXX).forEach((tn) => assignedTns.push({ tn, trunkGroup: rng.pick(regionalTrunkGroups(rc)) }));
      inventory.push(...lines.slice(ASSIGNED_PER_NPA_NXX));
    }
  }
  for (const tn of inventory) {
    if (state.numbers.has(tn)) continue;
    const rec = makeRecord(tn, 'available');
    if (rec) state.numbers.set(tn, rec);
  }

  // Assigned numbers: all In Service, some with features, PINs and notes.
  for (const { tn, trunkGroup } of assignedTns) {
    const rec = makeRecord(tn, 'assigned');
    if (!rec) continue;
    state.numbers.set(tn, rec);
    state.assigned.set(tn, assignedTn(rng, tn, trunkGroup, now - rng.int(20, 700) * DAY - rng.int(0, DAY - 1)));
  }
  // The /tnDetail example TN (L1861) keeps its documented look.
  const example = state.assigned.get('2012151499');
  if (example) {
    example.features = { callerId: { cnamDip: 'N' } };
    delete example.endUser;
    delete example.portOutPin;
    delete example.tnNote;
    const rec = state.numbers.get('2012151499');
    if (rec) rec.wireless = true;
  }

  seedOrders(rng, state);
  return state;
}

function pickDistinctLines(rng: Rng, prefix: string, count: number, taken: Set<string>): string[] {
  const out: string[] = [];
  while (out.length < count) {
    const tn = prefix + String(rng.int(0, 9999)).padStart(4, '0');
    if (taken.has(tn)) continue;
    taken.add(tn);
    out.push(tn);
  }
  return out;
}

function capabilities(rng: Rng, rc: RateCenter): Capabilities {
  const onnetPin = rc.tier === '0' || rc.tier === 'HI'; // "PIN for onnet port-out protection (Tier 0 & HI)"
  return {
    cnam: rc.tier !== 'AK',
    dl: !rng.chance(0.05),
    e911: true,
    msg: !rng.chance(0.03),
    portOutPin: onnetPin,
    portOutNotification: onnetPin,
    smsOverride: !rng.chance(0.1),
    mms: !rng.chance(0.15),
    mmsOverride: !rng.chance(0.2),
  };
}

function assignedTn(rng: Rng, tn: string, trunkGroup: string, activateDate: number): AssignedTn {
  const first = rng.pick(FIRST_NAMES);
  const last = rng.pick(LAST_NAMES);
  const a: AssignedTn = {
    tn,
    status: 'In Service',
    trunkGroup,
    features: { callerId: { cnamDip: rng.chance(0.35) ? 'Y' : 'N' } },
    activateDate,
    activateUser: 'api_user',
  };
  const business = rng.chance(0.5);
  if (rng.chance(0.5)) {
    a.endUser = {
      name: `${first} ${last}`,
      streetNum: String(rng.int(1, 9999)),
      streetName: rng.pick(STREETS),
      streetType: rng.pick(['St', 'Ave', 'Blvd']),
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
      typeOfService: business ? 'B' : 'R',
    };
  }
  if (rng.chance(0.2)) a.features.callerId.callingName = `${first} ${last}`.slice(0, 15).toUpperCase();
  if (rng.chance(0.1)) {
    a.features.directoryListing = {
      lastName: last,
      firstName: first,
      streetNum: String(rng.int(1, 999)),
      streetName: rng.pick(STREETS),
      streetType: 'St',
      city: 'Chicago',
      state: 'IL',
      postalCode: '60661',
    } satisfies StringMap;
  }
  if (rng.chance(0.12)) {
    a.features.e911 = {
      name: `${first} ${last}`,
      origStreetNum: String(rng.int(1, 999)),
      origStreetInfo: `W ${rng.pick(STREETS)} St`,
      origCity: 'Chicago',
      origState: 'IL',
      origPostalCode: '60661',
    };
  }
  if (rng.chance(0.15)) a.features.messaging = { messageClass: 'P2P', messageType: rng.pick(['SMS', 'MMS', 'SMSMMS']) };
  if (rng.chance(0.15)) a.portOutPin = `PIN${rng.int(1000, 9999)}`;
  if (rng.chance(0.2)) a.tnNote = rng.pick(NOTES);
  return a;
}

/**
 * Closed historical orders covering every seeded assigned TN (so /orderList by tn shows history).
 * Each ran the real lifecycle: Incomplete, then routing at four TNs per second, then Closed.
 */
function seedOrders(rng: Rng, state: SandboxState): void {
  const tns = [...state.assigned.values()].sort((a, b) => a.activateDate - b.activateDate);
  let id = 1025000;
  let noteId = 29980000;
  let i = 0;
  while (i < tns.length) {
    const batch = tns.slice(i, i + rng.int(1, 8));
    i += batch.length;
    const createdAt = batch[0]!.activateDate - 60_000;
    const pendingAt = createdAt + INCOMPLETE_MS;
    const closedAt = pendingAt + batch.length * ROUTE_MS_PER_TN;
    // Activation dates within one order are the routing times of that order.
    batch.forEach((t, k) => {
      t.activateDate = pendingAt + (k + 1) * ROUTE_MS_PER_TN;
    });
    const orderId = id++;
    const order: Order = {
      id: orderId,
      kind: 'NEW',
      productId: 103,
      serviceOrder: 'NEW',
      status: 'CLSD',
      customerOrderReference: rng.chance(0.7) ? `SEED${String(orderId).slice(-4)}` : '',
      createdAt,
      createdUser: 'api_user',
      lastModified: closedAt,
      items: batch.map((t) => ({ tn: t.tn, trunkGroup: t.trunkGroup, done: true, doneAt: t.activateDate })),
      hasFeatures: false,
      pendingAt,
      closedAt,
      excluded: [],
      notes: [],
      background: false,
    };
    if (rng.chance(0.25)) {
      order.notes.push({ noteId: String(noteId++), note: 'Order received via API', at: createdAt + 1_000, user: 'api_user' });
    }
    state.orders.set(order.id, order);
  }
  // Live orders and notes continue after the seeded ones (never below the store's own floor).
  state.setIdFloor(id, noteId);
}
