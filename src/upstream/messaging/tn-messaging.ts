/**
 * /tnMessaging (L4461): set or remove messaging on one number, synchronously (write). The
 * alternative SPID is not offered: the table calls it `altSpId`, the example sends `altSpid`.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { record } from '../wire/schema.js';
import type { MessagingChange } from './campaigns.js';

export const tnMessaging = defineOperation({
  name: 'tnMessaging',
  kind: 'write',
  request: (change: MessagingChange) => {
    const tn = inputTn('tnMessaging', change.tn);
    if (change.remove) return { tn, removeMessaging: 'Y' };
    return compact({ tn, messageClass: change.messageClass, messageType: change.messageType, netNumberId: change.netNumberId });
  },
  response: record({}),
  map: () => ({ done: true as const }),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
