/**
 * Which sandbox rate centers the carrier approves for DID orders and for LNP port-ins. The guide's
 * example (L11341) shows all combinations but says nothing of how approval is decided; the sandbox
 * derives it from the tier so that every combination appears and stays the same across seeds.
 */
import type { RateCenter, Tier } from '../types.js';

export interface Approval {
  did: boolean;
  lnp: boolean;
}

const BY_TIER: Record<Tier, Approval> = {
  '0': { did: true, lnp: true },
  '1': { did: true, lnp: true },
  '2': { did: false, lnp: true },
  HI: { did: true, lnp: true },
  AK: { did: false, lnp: false },
  CAN: { did: false, lnp: false },
  PRI: { did: false, lnp: false },
};

export const approvalOf = (rc: RateCenter): Approval => BY_TIER[rc.tier];

/** "Market" names as the guide's example spells them ("Boston MA"): the rate center's city and state. */
export const marketNameOf = (rc: RateCenter): string => `${rc.city} ${rc.province}`;
