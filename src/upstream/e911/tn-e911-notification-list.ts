/** /tnE911NotificationList (L4000): the E911 notification e-mails of one TN; single key, no list form (read). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { record } from '../wire/schema.js';
import { emailList, emailsOf } from './notification.js';

export const tnE911NotificationList = defineOperation({
  name: 'tnE911NotificationList',
  kind: 'read',
  request: (tn: Tn) => ({ tnE911Notification: { tn: inputTn('tnE911NotificationList', tn) } }),
  // emailList is absent when the TN has none: an empty list.
  response: record({ tnE911Notification: emailList }),
  map: (wire): string[] => emailsOf(wire.tnE911Notification),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
