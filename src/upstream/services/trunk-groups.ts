/** TrunkGroupsApi over /trunkGroupSearchAssigned. */
import type { TrunkGroupsApi } from '../api.js';
import { mapTrunkGroupSearchAssigned } from '../mappers/trunk-groups.js';
import type { Transport } from '../transport.js';
import { emptyOnNotFound, invoke } from './call.js';

export function createTrunkGroupsApi(transport: Transport): TrunkGroupsApi {
  return {
    listAssigned(): Promise<string[]> {
      return emptyOnNotFound(invoke(transport, 'trunkGroupSearchAssigned', {}, mapTrunkGroupSearchAssigned), () => []);
    },
  };
}
