import { defineSandboxDomain } from '../domain.js';
import { routingLabelDetail } from './routing-label-detail.js';
import { routingLabelSearchAssigned } from './routing-label-search-assigned.js';
import { routingLabelUpdate } from './routing-label-update.js';

export const routingLabels = defineSandboxDomain({
  name: 'routing-labels',
  operations: { routingLabelSearchAssigned, routingLabelDetail, routingLabelUpdate },
});
