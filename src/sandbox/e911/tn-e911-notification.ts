/** /tnE911Notification (L3720): add or remove the E911 notification e-mails of one of the account's TNs. */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { fail, isObject, ok, readTn, required } from '../wire.js';
import { applyChange, emailListOf, notificationShape, notificationsOf } from './notifications.js';

export const tnE911Notification = defineOperation(notificationShape('tnE911Notification', { tn: ANY }), ({ state }, body) => {
  const wrapper = body.tnE911Notification;
  if (!isObject(wrapper)) return required('tnE911Notification');
  if (wrapper['tn'] === undefined || wrapper['tn'] === '') return required('tn');
  const tn = readTn(wrapper['tn']);
  if (!tn || !state.assigned.has(tn)) return fail('461', 'TN Not found');
  const all = notificationsOf(state);
  const next = applyChange(all.byTn.get(tn) ?? [], wrapper, body, 'tnE911Notification');
  if (!Array.isArray(next)) return next;
  all.byTn.set(tn, next);
  return ok({ tnE911Notification: { tn, ...emailListOf(next) } });
});
