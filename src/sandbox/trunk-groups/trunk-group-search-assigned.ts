/** /trunkGroupSearchAssigned (L8371): the account's DID trunk group names. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { ok } from '../wire.js';

export const trunkGroupSearchAssigned = defineOperation({}, ({ state }) =>
  ok({ trunkGroupNameList: state.trunkGroups.map((trunkGroupName) => ({ trunkGroupName })) }),
);
