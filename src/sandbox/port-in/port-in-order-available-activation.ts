/** /portInOrderAvailableActivation (L7040): the groups of an on-demand port-in whose FOC date has come. */
import { defineOperation } from '../operation.js';
import { ORDER_REF } from '../request-fields.js';
import { isReply, ok } from '../wire.js';
import { activatableGroups } from './shared/port-lifecycle.js';
import { namedPortInOrder } from './shared/port-orders.js';

const pad = (n: number) => String(n).padStart(2, '0');
/** "2017-09-27 00:00:00.0" (L7080): not the ISO form of the other dates. */
const focDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} 00:00:00.0`;
};

export const portInOrderAvailableActivation = defineOperation(ORDER_REF, ({ state, now }, body) => {
  const o = namedPortInOrder(state, body);
  if (isReply(o)) return o;
  const availableActivationList = [...activatableGroups(o, now)].map(([tnGroup, items]) => ({
    tnGroup,
    focDt: focDate(items[0]!.port!.portDate!),
    tnList: { tnItem: items.map((i) => ({ tn: Number(i.tn) })) },
  }));
  return ok({ availableActivationList });
});
