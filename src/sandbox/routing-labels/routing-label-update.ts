/**
 * /routingLabelUpdate (L9357): "update the name" of a routing label. Reading: the name is the
 * customer-assigned name (the example's new name, "Main Routing Label", is a display name, and
 * /routingLabelDetail accepts either key); the carrier's label stays what numbers route on.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, ok, readStr, required } from '../wire.js';
import { findLabel, labelsOf } from './labels.js';

export const routingLabelUpdate = defineOperation({ routingLabel: ANY, newRoutingLabel: ANY }, ({ state }, body) => {
  const key = readStr(body.routingLabel);
  if (key === undefined) return required('routingLabel');
  const name = readStr(body.newRoutingLabel);
  if (name === undefined) return required('newRoutingLabel');
  const label = findLabel(state, key);
  if (!label) return fail('430', 'No Results Found');
  const taken = labelsOf(state).find((l) => l !== label && (l.customerAssignedName === name || l.routingLabel === name));
  if (taken) return invalid(`newRoutingLabel ${name} is already used by ${taken.routingLabel}`);
  label.customerAssignedName = name;
  return ok();
});
