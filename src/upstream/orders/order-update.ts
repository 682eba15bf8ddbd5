/**
 * /orderUpdate (L10172): change a Pending order (write). Order level: due date, port time and
 * zone, on-demand activation; per number: trunk group, port-out PIN, note, port-in account data,
 * end user, features (add, change or cancel a requested feature), or cancelling the number.
 * The answer is the envelope only; 410 "Invalid Order Id" stays a refusal.
 *
 * Reading: the guide's orderUpdate table swaps messageType and messageClass (messageType "P2P,
 * A2PLC, A2P8XX", messageClass "SMS, MMS …", L10241–L10242) against every other operation
 * (/tnOrder, /tnFeatureMessageList, /messageDetailSearch). We send them with their normal meaning
 * (messageClass = P2P/A2PLC/A2P8XX, messageType = SMS/MMS/…), as the features model has them.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { endUserToWire, type EndUser } from '../shared/end-user.js';
import { featuresToWire, type TnFeatures } from '../shared/features.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import type { PortTimeZone } from '../port-in/port-in-order.js';
import { inputTn, invalidInput, type Tn } from '../shared/tn.js';
import { compact, nonEmpty } from '../wire/request.js';
import { record } from '../wire/schema.js';
import { boolToYn, tnAsNumber, type WireObject } from '../wire/values.js';

export type UpdatableFeature = 'callerId' | 'directoryListing' | 'e911' | 'messaging';

/** Port-in account data: sent together (the guide's `**` group). */
export interface PortAccountUpdate {
  accountNum: string;
  atn: Tn;
  accountPin?: string;
  authName: string;
  /** YYYY-MM-DD. */
  authDate: string;
}

export interface OrderLineUpdate {
  tn: Tn;
  trunkGroup?: string;
  portOutPin?: string;
  note?: string;
  account?: PortAccountUpdate;
  /** A new account PIN on its own (optional in the guide, outside the `**` group). */
  accountPin?: string;
  endUser?: EndUser;
  features?: TnFeatures;
  /** Features whose pending request is withdrawn (cancelFeatureRequest "Y"). */
  cancelFeatures?: UpdatableFeature[];
  /** cancelTn "Y": the number leaves the order. */
  cancel?: boolean;
}

export interface OrderUpdateRequest {
  ref: OrderRef;
  /** YYYY-MM-DD. */
  desiredDueDate?: string;
  /** HH:MM; sent together with the zone (the guide's `*` group). */
  desiredPortTime?: string;
  desiredPortTimeZone?: PortTimeZone;
  onDemandActivation?: boolean;
  lines?: OrderLineUpdate[];
}

function featuresUpdateToWire(l: OrderLineUpdate): WireObject | undefined {
  const out = featuresToWire(l.features);
  for (const f of l.cancelFeatures ?? []) out[f] = { ...(out[f] as WireObject | undefined), cancelFeatureRequest: 'Y' };
  return nonEmpty(out);
}

function lineToWire(l: OrderLineUpdate): WireObject {
  return compact({
    tn: tnAsNumber(inputTn('orderUpdate', l.tn)),
    trunkGroup: l.trunkGroup,
    portOutPin: l.portOutPin,
    tnNote: l.note,
    accountNum: l.account?.accountNum,
    atn: l.account ? inputTn('orderUpdate', l.account.atn) : undefined,
    accountPin: l.account?.accountPin ?? l.accountPin,
    authName: l.account?.authName,
    authDate: l.account?.authDate,
    cancelTn: l.cancel ? 'Y' : undefined,
    endUser: endUserToWire(l.endUser),
    tnFeature: featuresUpdateToWire(l),
  });
}

export const orderUpdate = defineOperation({
  name: 'orderUpdate',
  kind: 'write',
  request: (r: OrderUpdateRequest) => {
    const lines = r.lines ?? [];
    const body = compact({
      ...orderRefRequest('orderUpdate', r.ref),
      desiredDueDate: r.desiredDueDate,
      desiredPortTime: r.desiredPortTime,
      desiredPortTimeZone: r.desiredPortTimeZone,
      onDemandActivation: boolToYn(r.onDemandActivation),
      tnList: lines.length > 0 ? { tnItem: lines.map(lineToWire) } : undefined,
    });
    if (Object.keys(body).length === 1) throw invalidInput('orderUpdate', 'An order update needs at least one change');
    return { orderUpdate: body };
  },
  response: record({}),
  map: (): void => undefined,
  notFound: NOT_FOUND_IS_AN_ERROR,
  secrets: (r) => (r.lines ?? []).flatMap((l) => [l.account?.accountPin, l.accountPin, l.portOutPin]).filter((s): s is string => !!s),
});
