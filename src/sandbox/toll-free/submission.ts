/**
 * What the toll-free writes share: reading `tnList.tnItem`, per-number refusals packed into
 * `status` as the /tfOrder 8XXAVAIL example does ("{2=[8774514545 TN is marked Not Available in
 * our inventory]}", statusCode "200"), and the feature block's checks (L7811–L7836).
 */
import { E911_ADDRESS } from '../request-fields.js';
import { ANY } from '../request-shape.js';
import type { StringMap } from '../types.js';
import { exclusionStatus, invalid, isObject, ok, readStr, readTn, rawTn, required, type Json, type Reply } from '../wire.js';

export interface Exclusion {
  index: number;
  tn: string;
  reason: string;
}

export const FEATURE_FIELDS = {
  callerId: { callingName: ANY, cnamDip: ANY, removeTnFeature: ANY },
  e911: {
    ...E911_ADDRESS,
    removeTnFeature: ANY,
    // Read-only fields the /tfOrder and /tfFeatureOrder examples send back (L7847, L8151); ignored.
    e911ActivateDate: ANY,
    e911ActivateUser: ANY,
    e911TnStatus: ANY,
  },
  messaging: { messageClass: ANY, messageType: ANY, netNumberId: ANY, removeTnFeature: ANY },
} as const;

const MESSAGE_CLASSES = ['P2P', 'A2PLC', 'A2P8XX'];
const MESSAGE_TYPES = ['SMS', 'MMS', 'SMSMMS', 'SMS_ALT', 'MMS_ALT', 'SMSMMS_ALT'];
const READ_ONLY_E911 = new Set(['e911ActivateDate', 'e911ActivateUser', 'e911TnStatus']);

/** The item's TN, or the 414/416 Reply. */
export function itemTn(item: Json): string | Reply {
  if (item['tn'] === undefined || item['tn'] === null || item['tn'] === '') return required('tn');
  return readTn(item['tn']) ?? invalid(`tn must be a ten-digit number, got ${rawTn(item['tn'])}`);
}

/** `tnFeature`, checked and flattened to strings; a Reply when a value is refused. */
export function readFeatures(raw: unknown): Record<string, StringMap> | undefined | Reply {
  if (!isObject(raw)) return undefined;
  const out: Record<string, StringMap> = {};
  for (const name of ['callerId', 'e911', 'messaging'] as const) {
    const block = raw[name];
    if (!isObject(block)) continue;
    const fields: StringMap = {};
    for (const [k, v] of Object.entries(block)) {
      const s = readStr(v);
      if (s !== undefined && !(name === 'e911' && READ_ONLY_E911.has(k))) fields[k] = s;
    }
    out[name] = fields;
  }
  const name = out['callerId']?.['callingName'];
  if (name !== undefined && (name.length > 15 || !/[A-Za-z]/.test(name))) {
    return invalid('callingName must be 15 characters or fewer with at least 1 alpha character');
  }
  const dip = out['callerId']?.['cnamDip'];
  if (dip !== undefined && dip !== 'Y' && dip !== 'N') return invalid('cnamDip must be Y or N');
  const m = out['messaging'];
  if (m && m['removeTnFeature'] !== 'Y') {
    if (m['messageClass'] !== undefined && !MESSAGE_CLASSES.includes(m['messageClass']))
      return invalid('messageClass must be P2P, A2PLC or A2P8XX');
    if (m['messageType'] !== undefined && !MESSAGE_TYPES.includes(m['messageType'])) {
      return invalid('messageType must be SMS, MMS, SMSMMS, SMS_ALT, MMS_ALT or SMSMMS_ALT');
    }
  }
  return out;
}

/** Success, or the refusals in `status`; `orderId` (a string, as the examples send it) when an order was created. */
export function submitted(excluded: Exclusion[], orderId?: number): Reply {
  const payload: Json = orderId === undefined ? {} : { orderId: String(orderId) };
  const reply = ok(payload);
  if (excluded.length > 0) reply.status = exclusionStatus(excluded);
  return reply;
}
