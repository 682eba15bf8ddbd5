/** /customerE911NotificationList (L4386): the account's e-mails for unprovisioned-E911 alerts; `{}` when none (read). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record } from '../wire/schema.js';
import { emailList, emailsOf } from './notification.js';

export const customerE911NotificationList = defineOperation({
  name: 'customerE911NotificationList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ customerNotification: emailList }),
  map: (wire): string[] => emailsOf(wire.customerNotification),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
