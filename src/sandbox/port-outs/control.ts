/**
 * Control route of the port-out emulation (no auth): POST /_sandbox/port-outs { tns, portInDays?,
 * customerOrderReference? } opens a port-out order against numbers on the account, as another
 * carrier's port request would; GET /_sandbox/port-outs lists them with each number's state.
 */
import type { SandboxState } from '../store.js';
import { isObject, isoDate, readTn } from '../wire.js';
import { DAY_MS, PORT_OUT_DAYS, portOutsOf, settlePortOuts, tnsOnPendingPortOuts, type PortOutOrder } from './shared/port-out-book.js';

export interface PortOutControlResult {
  httpStatus: number;
  body: unknown;
}

const bad = (error: string): PortOutControlResult => ({ httpStatus: 400, body: { error } });

const view = (o: PortOutOrder) => ({
  orderId: o.orderId,
  customerOrderReference: o.customerOrderReference,
  status: o.status,
  createdAt: isoDate(o.createdAt),
  portDate: isoDate(o.portAt),
  lines: o.lines.map((l) => ({ tn: l.tn, state: l.state, ...(l.rejectReason ? { rejectReason: l.rejectReason } : {}) })),
});

/** Undefined when the route is not a port-out route. */
export function handlePortOutControl(state: SandboxState, now: number, route: string, body: unknown): PortOutControlResult | undefined {
  if (route === 'GET /_sandbox/port-outs') {
    settlePortOuts(state, now);
    return { httpStatus: 200, body: { portOuts: [...portOutsOf(state).values()].map(view) } };
  }
  if (route !== 'POST /_sandbox/port-outs') return undefined;
  const b = isObject(body) ? body : {};
  const tns = Array.isArray(b['tns']) ? b['tns'].map(readTn) : [];
  if (tns.length === 0 || tns.some((t) => t === undefined)) return bad('tns must be a non-empty list of ten-digit numbers');
  const days = b['portInDays'] ?? PORT_OUT_DAYS;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) return bad('portInDays must be a positive integer');
  settlePortOuts(state, now);
  const busy = tnsOnPendingPortOuts(state);
  const notOurs = (tns as string[]).filter((tn) => !state.assigned.has(tn) || busy.has(tn));
  if (notOurs.length > 0) return bad(`not on the account or already porting out: ${notOurs.join(', ')}`);
  const orderId = state.newOrderId();
  const order: PortOutOrder = {
    orderId,
    customerOrderReference: typeof b['customerOrderReference'] === 'string' ? b['customerOrderReference'] : `PORTOUT-${orderId}`,
    createdAt: now,
    portAt: now + days * DAY_MS,
    status: 'PENDING',
    lines: [...new Set(tns as string[])].map((tn) => ({ tn, state: 'PENDING' })),
  };
  portOutsOf(state).set(orderId, order);
  return { httpStatus: 200, body: view(order) };
}
