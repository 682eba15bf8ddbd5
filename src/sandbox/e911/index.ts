import { defineSandboxDomain } from '../domain.js';
import { addressValidate } from './address-validate.js';
import { customerE911Notification } from './customer-e911-notification.js';
import { customerE911NotificationList } from './customer-e911-notification-list.js';
import { tnE911 } from './tn-e911.js';
import { tnE911Notification } from './tn-e911-notification.js';
import { tnE911NotificationList } from './tn-e911-notification-list.js';
import { tnE911Validate } from './tn-e911-validate.js';

export const e911 = defineSandboxDomain({
  name: 'e911',
  operations: {
    tnE911,
    tnE911Validate,
    addressValidate,
    tnE911Notification,
    tnE911NotificationList,
    customerE911Notification,
    customerE911NotificationList,
  },
});
