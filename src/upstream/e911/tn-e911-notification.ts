/** /tnE911Notification (L3720): add (additive) or remove E911 notification e-mails of one TN; answers the full list after (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { record } from '../wire/schema.js';
import { emailList, emailsOf, notificationRequest, type NotificationChange } from './notification.js';

export const tnE911Notification = defineOperation({
  name: 'tnE911Notification',
  kind: 'write',
  request: ({ tn, ...change }: NotificationChange & { tn: Tn }) =>
    notificationRequest('tnE911Notification', 'tnE911Notification', { tn: inputTn('tnE911Notification', tn) }, change),
  response: record({ tnE911Notification: emailList }),
  map: (wire): string[] => emailsOf(wire.tnE911Notification),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
