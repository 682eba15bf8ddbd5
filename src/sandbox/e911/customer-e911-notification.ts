/** /customerE911Notification (L4109): add or remove the account's unprovisioned-E911 alert e-mails. */
import { defineOperation } from '../operation.js';
import { isObject, ok, required } from '../wire.js';
import { applyChange, emailListOf, notificationShape, notificationsOf } from './notifications.js';

export const customerE911Notification = defineOperation(notificationShape('customerNotification', {}), ({ state }, body) => {
  const wrapper = body.customerNotification;
  if (!isObject(wrapper)) return required('customerNotification');
  const all = notificationsOf(state);
  const next = applyChange(all.customer, wrapper, body, 'customerNotification');
  if (!Array.isArray(next)) return next;
  all.customer = next;
  return ok({ customerNotification: emailListOf(next) });
});
