import { defineSandboxDomain } from '../domain.js';
import { trunkGroupSearchAssigned } from './trunk-group-search-assigned.js';

export const trunkGroups = defineSandboxDomain({
  name: 'trunk-groups',
  operations: { trunkGroupSearchAssigned },
});
