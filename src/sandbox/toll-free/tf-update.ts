/** /tfUpdate (L8001): a new routing label for In Service numbers, applied as the order routes them. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { findLabel } from '../routing-labels/labels.js';
import { readStr, required } from '../wire.js';
import { inServiceWrite } from './in-service-writes.js';

export const tfUpdate = defineOperation(
  { customerOrderReference: ANY, tnList: { tnItem: { tn: ANY, routingLabel: ANY } } },
  ({ state, now }, body) =>
    inServiceWrite(
      state,
      now,
      body,
      'TRUNK_GROUP',
      (item) => (readStr(item['routingLabel']) === undefined ? required('routingLabel') : undefined),
      (item) => {
        const label = readStr(item['routingLabel'])!;
        return findLabel(state, label) ? undefined : `Routing label ${label} is not assigned to your account`;
      },
      ({ item }) => ({ kind: 'ROUTING', routingLabel: findLabel(state, readStr(item['routingLabel'])!)!.routingLabel }),
    ),
);
