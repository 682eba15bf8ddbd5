/**
 * /routingLabelDetail (L9316): the routes of one label, asked by label or customer-assigned name.
 * Counts go as strings, as the example shows; the key is not echoed. An unknown label is 430
 * "No Results Found" (the guide shows only 200; 430 is its "nothing matched" answer elsewhere).
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, ok, readStr, required } from '../wire.js';
import { findLabel } from './labels.js';

export const routingLabelDetail = defineOperation({ routingLabel: ANY }, ({ state }, body) => {
  const key = readStr(body.routingLabel);
  if (key === undefined) return required('routingLabel');
  const label = findLabel(state, key);
  if (!label) return fail('430', 'No Results Found');
  return ok({
    routingLabelList: {
      routingLabelItem: label.routes.map((r) => ({
        routeSequence: String(r.sequence),
        trunkGroupName: r.trunkGroupName,
        routeProportion: String(r.proportion),
      })),
    },
  });
});
