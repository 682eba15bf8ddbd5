/** /customerE911NotificationList (L4386): the account's unprovisioned-E911 alert e-mails; `customerNotification: {}` when none. */
import { defineOperation } from '../operation.js';
import { ok } from '../wire.js';
import { emailListOf, notificationsOf } from './notifications.js';

export const customerE911NotificationList = defineOperation({}, ({ state }) =>
  ok({ customerNotification: emailListOf(notificationsOf(state).customer) }),
);
