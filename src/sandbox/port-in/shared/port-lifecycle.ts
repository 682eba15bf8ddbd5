/**
 * Port-in per number, on the sandbox clock (Port-In Status, L13028–L13250):
 *
 *   Pending (no portDt) ──carrier answers after FOC_ANSWER_MS──▶ FOC Secured ("Received FOC", portDt set)
 *         │                                                            │ midnight of the port date
 *         └──▶ Jeopardy (tnStatus = the rejection reason)              ▼
 *                 │ correction: answered again FOC_ANSWER_MS later   Complete (or Activated, on demand)
 *
 * On-demand orders wait on the port date for /portInOrderActivate instead of completing at
 * midnight. A completed number becomes an In Service number of the account on its trunk group.
 */
import { applyFeatures } from '../../features.js';
import { leaveIncomplete } from '../../order-timing.js';
import type { SandboxState } from '../../store.js';
import type { Order, OrderItem, PortInLine } from '../../types.js';

/** The losing carrier's answer time (sandbox choice: one day; the guide says "three to five business days" for the whole port). */
export const FOC_ANSWER_MS = 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export const midnightOf = (ms: number) => Math.floor(ms / DAY_MS) * DAY_MS;

export function advancePortIn(state: SandboxState, o: Order, now: number): void {
  leaveIncomplete(o, now);
  if (o.status !== 'PENDING' || !o.portIn) return;
  const due = midnightOf(Date.parse(o.portIn.desiredDueDate));
  for (const item of o.items) {
    const line = item.port;
    if (!line || item.done || item.canceled) continue;
    if (line.portDate === undefined && line.jeopardy === undefined && now >= line.answerDueAt) answer(o, line, due);
    if (line.portDate !== undefined && !o.portIn.onDemandActivation && now >= line.portDate) complete(state, o, item, line.portDate);
  }
  const open = o.items.filter((i) => !i.done && !i.canceled);
  if (open.length === 0) {
    const closed = Math.max(...o.items.map((i) => i.doneAt ?? o.lastModified));
    o.status = 'CLSD';
    o.closedAt = closed;
    o.lastModified = closed;
  }
}

function answer(o: Order, line: PortInLine, due: number): void {
  o.lastModified = line.answerDueAt;
  if (!line.corrected && line.jeopardyReason !== undefined) {
    line.jeopardy = line.jeopardyReason;
    return;
  }
  // The port date is the desired due date, or the first day after the answer when that has passed.
  line.portDate = Math.max(due, midnightOf(line.answerDueAt) + DAY_MS);
}

/** The number ports: it joins the account In Service on the trunk group the order named. */
export function complete(state: SandboxState, o: Order, item: OrderItem, at: number): void {
  item.done = true;
  item.doneAt = at;
  o.lastModified = Math.max(o.lastModified, at);
  const rec = state.numbers.get(item.tn);
  const rc = [...state.rateCenters.values()].find((r) => r.npaNxx.includes(item.tn.slice(0, 6))) ?? [...state.rateCenters.values()][0];
  if (!rec && rc) {
    const caps = {
      cnam: true,
      dl: true,
      e911: true,
      msg: true,
      portOutPin: true,
      portOutNotification: true,
      smsOverride: true,
      mms: true,
      mmsOverride: true,
    };
    state.numbers.set(item.tn, { tn: item.tn, rateCenter: rc.abbr, wireless: false, onNet: true, caps, state: 'assigned' });
  } else if (rec) rec.state = 'assigned';
  const dip = item.tnFeature?.['callerId']?.['cnamDip'];
  const a = {
    tn: item.tn,
    status: 'In Service' as const,
    trunkGroup: item.trunkGroup ?? state.trunkGroups[0] ?? '',
    features: { callerId: { cnamDip: dip === 'Y' ? ('Y' as const) : state.account.cnamDipDefault } },
    activateDate: at,
    activateUser: 'api_user',
    ...(item.portOutPin !== undefined ? { portOutPin: item.portOutPin } : {}),
    ...(item.tnNote !== undefined ? { tnNote: item.tnNote } : {}),
  };
  state.assigned.set(item.tn, a);
  applyFeatures(a, item.tnFeature, item.endUser);
}

/** A correction (/orderUpdate) takes a number out of jeopardy: the carrier answers again, this time with an FOC. */
export function correct(line: PortInLine, now: number): void {
  delete line.jeopardy;
  line.corrected = true;
  line.answerDueAt = now + FOC_ANSWER_MS;
}

/** tnStatus as /orderDetail and /portInOrderTnList write it. */
export function tnStatusLabel(o: Order, item: OrderItem): string {
  const line = item.port;
  if (item.canceled || o.status === 'CNCL') return 'Canceled';
  if (item.done) return line?.activated ? 'Activated' : 'Complete';
  if (line?.jeopardy !== undefined) return line.jeopardy;
  return line?.portDate !== undefined ? 'Received FOC' : 'Pending';
}

/** Groups of an on-demand order that can be activated at `now`: FOC secured, port date reached, not yet ported. */
export function activatableGroups(o: Order, now: number): Map<string, OrderItem[]> {
  const groups = new Map<string, OrderItem[]>();
  if (o.status !== 'PENDING' || !o.portIn?.onDemandActivation) return groups;
  for (const item of o.items) {
    const line = item.port;
    if (!line || item.done || item.canceled || line.portDate === undefined || now < line.portDate) continue;
    groups.set(line.tnGroup, [...(groups.get(line.tnGroup) ?? []), item]);
  }
  return groups;
}
