/** How port-in orders read in /orderDetail and /orderList (owned by the orders domain, which calls these). */
import type { Order, OrderItem } from '../../types.js';
import { offsetTimestamp, type Json } from '../../wire.js';
import { tnStatusLabel } from './port-lifecycle.js';

/** "09:00 US/Central" (L13113): the desired time and zone as one string. */
export function portTimeOf(o: Order): string {
  if (!o.portIn) return '';
  return `${o.portIn.desiredPortTime || '09:00'} ${o.portIn.desiredPortTimeZone || 'US/Eastern'}`;
}

/**
 * The per-number members of a port-in line (L13100–L13250): tnGroup, account data, tnStatus and,
 * once the FOC is secured, portDt. The account PIN is never echoed (the guide's examples show "").
 */
export function portLineFields(o: Order, item: OrderItem): Json {
  const line = item.port;
  if (!line) return {};
  const out: Json = {
    tnGroup: line.tnGroup,
    accountNum: line.accountNum,
    atn: line.atn,
    tnStatus: tnStatusLabel(o, item),
    portTime: portTimeOf(o),
    authName: line.authName,
    // "2016-05-20 00:00:00.0" (L9889).
    authDate: `${line.authDate} 00:00:00.0`,
    accountPin: '',
  };
  if (line.portDate !== undefined) out['portDt'] = offsetTimestamp(line.portDate);
  return out;
}

/** Order-level members that differ for port-ins: the desired due date and port time. */
export function portOrderFields(o: Order): Json {
  if (!o.portIn) return {};
  return { desiredDueDate: offsetTimestamp(Date.parse(o.portIn.desiredDueDate)), desiredPortTime: portTimeOf(o) };
}
