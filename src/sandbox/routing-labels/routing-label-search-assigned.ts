/** /routingLabelSearchAssigned (L9280): every routing label of the account. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { fail, ok } from '../wire.js';
import { labelsOf } from './labels.js';

export const routingLabelSearchAssigned = defineOperation({}, ({ state }) => {
  const labels = labelsOf(state);
  if (labels.length === 0) return fail('430', 'No Results Found');
  return ok({
    routingLabelList: {
      routingLabelItem: labels.map((l) => ({
        customerAssignedName: l.customerAssignedName,
        routingLabel: l.routingLabel,
        routePrioritizationType: l.routePrioritizationType,
      })),
    },
  });
});
