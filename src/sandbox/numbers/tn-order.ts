/** /tnOrder (L1595): numbers from inventory, each with optional trunk group, PIN, note, end user and features. */
import { ANY } from '../request-shape.js';
import { END_USER, TN_FEATURE } from '../request-fields.js';
import type { OrderItem } from '../types.js';
import { readStr } from '../wire.js';
import { orderOperation, type Validate } from './shared/order-submission.js';
import { readFeatureBlocks, unknownTrunkGroup } from './shared/tn-item-checks.js';

const validateNew: Validate = (ctx, raw, tn) => {
  const { state } = ctx;
  const rec = state.numbers.get(tn);
  if (!rec) return { reason: 'TN is not in Inteliquent inventory' };
  if (rec.state === 'assigned') {
    return { reason: ctx.isOnOpenOrder(tn) ? 'TN is on an existing order' : 'TN is already assigned to this customer' };
  }
  if (rec.state === 'aging') return { reason: 'TN is not available for ordering' };
  // state 'reserved' is fine: the account reserved it (single-account sandbox) — ordering consumes the
  // reservation. "not reserved" in Order Validation (L12973) is read as reserved by someone else.
  const trunkGroup = readStr(raw['trunkGroup']);
  const badTrunkGroup = trunkGroup === undefined ? undefined : unknownTrunkGroup(ctx, trunkGroup);
  if (badTrunkGroup) return { reason: badTrunkGroup };
  const blocks = readFeatureBlocks(raw, true);
  if ('reason' in blocks) return blocks;
  const item: OrderItem = { tn, done: false };
  if (trunkGroup !== undefined) item.trunkGroup = trunkGroup;
  const pin = readStr(raw['portOutPin']);
  if (pin !== undefined) item.portOutPin = pin;
  const note = readStr(raw['tnNote']);
  if (note !== undefined) item.tnNote = note;
  return { item: { ...item, ...blocks } };
};

export const tnOrder = orderOperation({
  name: 'tnOrder',
  wrapper: 'required',
  kind: 'NEW',
  item: { trunkGroup: ANY, portOutPin: ANY, tnNote: ANY, endUser: END_USER, tnFeature: TN_FEATURE },
  validate: validateNew,
});
