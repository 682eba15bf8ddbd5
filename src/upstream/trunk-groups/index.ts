/** The trunk group operations; one line per operation. */
import { defineDomain } from '../domain.js';
import { trunkGroupSearchAssigned } from './trunk-group-search-assigned.js';

export const trunkGroups = defineDomain(trunkGroupSearchAssigned);
