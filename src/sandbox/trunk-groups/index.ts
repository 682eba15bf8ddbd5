import type { DomainOperations } from '../operation.js';
import { trunkGroupSearchAssigned } from './trunk-group-search-assigned.js';

export const trunkGroups: DomainOperations = { trunkGroupSearchAssigned };
