/**
 * Messaging campaigns (guide L2910–L3249): the account's campaigns and which number carries which,
 * kept beside the shared state (one set per SandboxState, so a reset starts from the seed).
 */
import type { SandboxState } from '../store.js';

export interface Campaign {
  msgCampaignId: string;
  description: string;
  startDate: string;
  endDate: string;
  isBillable: 'Y' | 'N';
}

/** "Open-ended" as the carrier writes it (L2950). */
const NO_END = '9999-12-31T00:00:00.000Z';

/** The guide's two example campaigns (L2950), and CLLOE4H, which its assignment examples use (L3080, L3170). */
const SEEDED: readonly Campaign[] = [
  { msgCampaignId: 'C696U7D', description: 'Waitlist Me', startDate: '2020-10-28T00:00:00.000Z', endDate: NO_END, isBillable: 'N' },
  {
    msgCampaignId: 'CXFXN8B',
    description: 'Customer Care Notifications of construction progress',
    startDate: '2021-02-17T00:00:00.000Z',
    endDate: NO_END,
    isBillable: 'N',
  },
  {
    msgCampaignId: 'CLLOE4H',
    description: 'Appointment reminders',
    startDate: '2021-06-01T00:00:00.000Z',
    endDate: '2030-12-31T00:00:00.000Z',
    isBillable: 'Y',
  },
];

export interface CampaignState {
  campaigns: Campaign[];
  /** tn → msgCampaignId */
  assignments: Map<string, string>;
}

const byState = new WeakMap<SandboxState, CampaignState>();

export function campaignsOf(state: SandboxState): CampaignState {
  let found = byState.get(state);
  if (!found) {
    // The /tnDetail example number (L1861) carries a campaign, so the list is not empty from the start.
    found = { campaigns: SEEDED.map((c) => ({ ...c })), assignments: new Map([['2012151499', 'CLLOE4H']]) };
    byState.set(state, found);
  }
  return found;
}
