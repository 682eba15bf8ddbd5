/**
 * Control route of the port-out emulation (no auth): POST /_sandbox/port-outs { tns, portInDays?,
 * customerOrderReference? } opens a port-out order against numbers on the account, as another
 * carrier's port request would; GET /_sandbox/port-outs lists them with each number's state.
 */
import type { ControlResult, DomainControl } from '../domain.js';
import type { SandboxState } from '../store.js';
import type { Order } from '../types.js';
import { isObject, isoDate, readTn } from '../wire.js';
import {
  DAY_MS,
  lineState,
  openPortOut,
  PORT_OUT_DAYS,
  portOutOrders,
  settlePortOuts,
  tnsOnPendingPortOuts,
} from './shared/port-out-book.js';

const bad = (error: string): ControlResult => ({ httpStatus: 400, body: { error } });

const view = (o: Order) => ({
  orderId: o.id,
  customerOrderReference: o.customerOrderReference,
  status: o.status,
  createdAt: isoDate(o.createdAt),
  portDate: isoDate(o.portOutAt ?? o.createdAt),
  lines: o.items.map((i) => ({
    tn: i.tn,
    state: lineState(i),
    ...(i.portOut?.rejectReason ? { rejectReason: i.portOut.rejectReason } : {}),
  })),
});

export const portOutControl: DomainControl = {
  routes: {
    'POST /_sandbox/port-outs': 'Open a port-out order against numbers on the account: { tns, portInDays? (5), customerOrderReference? }.',
    'GET /_sandbox/port-outs': 'The port-out orders and the state of each number.',
  },
  handle: ({ state, now }, route, body) =>
    route === 'GET /_sandbox/port-outs' ? listPortOuts(state, now) : openFromControl(state, now, body),
};

function listPortOuts(state: SandboxState, now: number): ControlResult {
  settlePortOuts(state, now);
  return { httpStatus: 200, body: { portOuts: portOutOrders(state).map(view) } };
}

function openFromControl(state: SandboxState, now: number, body: unknown): ControlResult {
  const b = isObject(body) ? body : {};
  const tns = Array.isArray(b['tns']) ? b['tns'].map(readTn) : [];
  if (tns.length === 0 || tns.some((t) => t === undefined)) return bad('tns must be a non-empty list of ten-digit numbers');
  const days = b['portInDays'] ?? PORT_OUT_DAYS;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1) return bad('portInDays must be a positive integer');
  settlePortOuts(state, now);
  const busy = tnsOnPendingPortOuts(state);
  const notOurs = (tns as string[]).filter((tn) => !state.assigned.has(tn) || busy.has(tn));
  if (notOurs.length > 0) return bad(`not on the account or already porting out: ${notOurs.join(', ')}`);
  const ref = typeof b['customerOrderReference'] === 'string' ? b['customerOrderReference'] : undefined;
  return { httpStatus: 200, body: view(openPortOut(state, now, tns as string[], now + days * DAY_MS, ref)) };
}
