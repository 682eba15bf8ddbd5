/** /tnUpdate (L1897): moves In Service numbers to another trunk group through an order. */
import { ANY } from '../request-shape.js';
import { readStr } from '../wire.js';
import { orderOperation, type Validate } from './shared/order-submission.js';
import { inServiceReason, unknownTrunkGroup } from './shared/tn-item-checks.js';

const validateTrunkGroupUpdate: Validate = (ctx, raw, tn) => {
  const reason = inServiceReason(ctx, tn);
  if (reason) return { reason };
  const trunkGroup = readStr(raw['trunkGroup']);
  if (trunkGroup === undefined) return { reason: 'Fields are Required: trunkGroup' };
  const badTrunkGroup = unknownTrunkGroup(ctx, trunkGroup);
  if (badTrunkGroup) return { reason: badTrunkGroup };
  return { item: { tn, trunkGroup, done: false } };
};

export const tnUpdate = orderOperation({
  name: 'tnUpdate',
  wrapper: 'optional',
  kind: 'TRUNK_GROUP',
  item: { trunkGroup: ANY },
  validate: validateTrunkGroupUpdate,
});
