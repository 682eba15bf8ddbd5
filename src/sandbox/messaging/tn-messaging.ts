/**
 * /tnMessaging (L4461): messaging on one number, synchronously. The guide documents only 200 and the
 * two 425s; the sandbox answers 425 for a number that is not In Service on the account (and, for a
 * removal, one without messaging), 414 for a missing field and 416 for a value outside the enums.
 */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { fail, invalid, readStr, readTn, required } from '../wire.js';

const CLASSES = ['P2P', 'A2PLC', 'A2P8XX'];
const TYPES = ['SMS', 'MMS', 'SMSMMS', 'SMS_ALT', 'MMS_ALT', 'SMSMMS_ALT'];
const CANNOT_PROVISION = 'Unable to provision messaging for this TN. Please contact Inteliquent messaging team.';
const CANNOT_REMOVE = 'Unable to remove messaging for this TN. Please contact Inteliquent messaging team.';
/** The NNID limit the sandbox applies to /tnOrder messaging (src/sandbox/features.ts), kept the same here. */
const NET_NUMBER_ID_MAX = 10;

const REQUEST = {
  tn: ANY,
  messageClass: ANY,
  messageType: ANY,
  netNumberId: ANY,
  altSpId: ANY,
  altSpid: ANY,
  removeMessaging: ANY,
} as const;

export const tnMessaging = defineOperation(REQUEST, ({ state }, body) => {
  if (body.tn === undefined || body.tn === '') return required('tn');
  const tn = readTn(body.tn);
  const number = tn ? state.assigned.get(tn) : undefined;
  const remove = readStr(body.removeMessaging)?.toUpperCase() === 'Y';
  if (remove) {
    if (number?.status !== 'In Service' || !number.features.messaging) return fail('425', CANNOT_REMOVE);
    delete number.features.messaging;
    return { statusCode: '200', status: 'Success' };
  }
  const messageClass = readStr(body.messageClass);
  const messageType = readStr(body.messageType);
  if (!messageClass) return required('messageClass');
  if (!messageType) return required('messageType');
  if (!CLASSES.includes(messageClass)) return invalid(`messageClass ${messageClass}`);
  if (!TYPES.includes(messageType)) return invalid(`messageType ${messageType}`);
  const netNumberId = readStr(body.netNumberId);
  if (netNumberId && netNumberId.length > NET_NUMBER_ID_MAX) return invalid('netNumberId');
  if (number?.status !== 'In Service') return fail('425', CANNOT_PROVISION);
  number.features.messaging = { messageClass, messageType, ...(netNumberId ? { netNumberId } : {}) };
  return { statusCode: '200', status: 'Success' };
});
