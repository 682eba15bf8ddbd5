/** updateOrder / correctPortIn input → the /orderUpdate request of the client. */
import type { OrderLineUpdate, OrderUpdateRequest, UpdatableFeature } from '../../upstream/orders/order-update.js';
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import { endUserToModel, featuresToModel } from '../numbers/numbers.mapper.js';
import type { OrderNumberUpdateInput, PortAccountFields, UpdateOrderInput } from './order-update.input.js';

const FEATURES: readonly UpdatableFeature[] = ['callerId', 'directoryListing', 'e911', 'messaging'];

/** The account group, when given (the checks made sure it is whole); accountPin alone is a change of its own. */
function accountOf(n: PortAccountFields): Pick<OrderLineUpdate, 'account'> {
  if (!n.accountNumber || !n.accountTelephoneNumber || !n.authName || !n.authDate) return {};
  return {
    account: {
      accountNum: n.accountNumber,
      atn: n.accountTelephoneNumber,
      authName: n.authName,
      authDate: n.authDate,
      ...(n.accountPin ? { accountPin: n.accountPin } : {}),
    },
  };
}

export function toLineUpdate(n: Partial<OrderNumberUpdateInput> & PortAccountFields & { tn: string }): OrderLineUpdate {
  if (n.cancel) return { tn: n.tn, cancel: true };
  const line: OrderLineUpdate = { tn: n.tn, ...accountOf(n) };
  if (n.accountPin && !line.account) line.accountPin = n.accountPin;
  if (n.trunkGroupName) line.trunkGroup = n.trunkGroupName;
  if (n.portOutPin) line.portOutPin = n.portOutPin;
  if (n.note) line.note = n.note;
  const endUser = endUserToModel(n.endUser);
  if (endUser) line.endUser = endUser;
  const features = featuresToModel(n.features);
  if (features && Object.keys(features).length > 0) line.features = features;
  const withdrawn = FEATURES.filter((f) => n.cancelFeatureRequests?.[f]);
  if (withdrawn.length > 0) line.cancelFeatures = withdrawn;
  return line;
}

export function toUpdateRequest(ref: OrderRef, input: UpdateOrderInput): OrderUpdateRequest {
  const r: OrderUpdateRequest = { ref };
  if (input.desiredDueDate) r.desiredDueDate = input.desiredDueDate;
  if (input.desiredPortTime) r.desiredPortTime = input.desiredPortTime;
  if (input.desiredPortTimeZone) r.desiredPortTimeZone = input.desiredPortTimeZone;
  if (input.onDemandActivation != null) r.onDemandActivation = input.onDemandActivation;
  if (input.numbers?.length) r.lines = input.numbers.map(toLineUpdate);
  return r;
}
