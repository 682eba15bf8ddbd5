/** /customerE911Notification (L4109): add (additive) or remove the account's unprovisioned-E911 alert e-mails (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record } from '../wire/schema.js';
import { emailList, emailsOf, notificationRequest, type NotificationChange } from './notification.js';

export const customerE911Notification = defineOperation({
  name: 'customerE911Notification',
  kind: 'write',
  request: (change: NotificationChange) => notificationRequest('customerE911Notification', 'customerNotification', {}, change),
  response: record({ customerNotification: emailList }),
  map: (wire): string[] => emailsOf(wire.customerNotification),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
