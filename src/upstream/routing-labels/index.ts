/** The toll-free routing label operations; one line per operation. */
import { defineDomain } from '../domain.js';
import { routingLabelDetail } from './routing-label-detail.js';
import { routingLabelSearchAssigned } from './routing-label-search-assigned.js';
import { routingLabelUpdate } from './routing-label-update.js';

export const routingLabels = defineDomain(routingLabelSearchAssigned, routingLabelDetail, routingLabelUpdate);
