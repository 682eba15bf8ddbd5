/** /tnE911NotificationList (L4000): the E911 notification e-mails of one TN; emailList is absent when there are none. */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { fail, isObject, ok, readTn, required } from '../wire.js';
import { emailListOf, notificationsOf } from './notifications.js';

export const tnE911NotificationList = defineOperation({ tnE911Notification: { tn: ANY } }, ({ state }, body) => {
  const wrapper = body.tnE911Notification;
  if (!isObject(wrapper)) return required('tnE911Notification');
  if (wrapper['tn'] === undefined || wrapper['tn'] === '') return required('tn');
  const tn = readTn(wrapper['tn']);
  if (!tn || !state.assigned.has(tn)) return fail('461', 'TN Not found');
  return ok({ tnE911Notification: { tn, ...emailListOf(notificationsOf(state).byTn.get(tn) ?? []) } });
});
