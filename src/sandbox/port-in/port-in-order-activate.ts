/**
 * /portInOrderActivate (L7102): triggers the port of the named groups. Always statusCode "200";
 * each group's result is packed into `status` as the example writes it (L7135):
 * "tnGroup:<group> Status:Success|" or "tnGroup:<group> Status:{1=[TN group not available for port<group>]}|",
 * closed by a stray "}".
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { ORDER_REF } from '../request-fields.js';
import { isReply, readStr, required } from '../wire.js';
import { activatableGroups, complete } from './shared/port-lifecycle.js';
import { namedPortInOrder } from './shared/port-orders.js';

export const portInOrderActivate = defineOperation({ ...ORDER_REF, tnGroup: ANY }, ({ state, now }, body) => {
  const o = namedPortInOrder(state, body);
  if (isReply(o)) return o;
  const raw = Array.isArray(body.tnGroup) ? body.tnGroup : body.tnGroup === undefined ? [] : [body.tnGroup];
  const groups = raw.map(readStr).filter((g): g is string => g !== undefined);
  if (groups.length === 0) return required('tnGroup');
  const available = activatableGroups(o, now);
  const results = groups.map((g) => {
    const items = available.get(g);
    if (!items) return `tnGroup:${g} Status:{1=[TN group not available for port${g}]}|`;
    for (const item of items) {
      item.port!.activated = true;
      complete(state, o, item, now);
    }
    return `tnGroup:${g} Status:Success|`;
  });
  return { statusCode: '200', status: `${results.join('')}}` };
});
