/** Network: /trunkGroupSearchAssigned (L8371) — the account's DID trunk group names. */
import { ok } from '../wire.js';
import type { Handler } from './context.js';

export const trunkGroupSearchAssigned: Handler = ({ state }) =>
  ok({ trunkGroupNameList: state.trunkGroups.map((trunkGroupName) => ({ trunkGroupName })) });
