/** Helpers of the three feature lists: the account's numbers with one feature, by tn. */
import type { SandboxState } from '../store.js';
import type { TollFreeRecord } from './records.js';
import { tollFreeOf } from './state.js';

export function numbersWith(state: SandboxState, now: number, has: (r: TollFreeRecord) => boolean): TollFreeRecord[] {
  return [...tollFreeOf(state, now).numbers.values()].filter(has).sort((a, b) => a.tn.localeCompare(b.tn));
}
