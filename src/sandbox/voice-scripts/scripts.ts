/**
 * Voice platform scripts (guide L2073–L2480), kept beside the shared state (one map per
 * SandboxState, so a reset starts from the seed). A script belongs to a number or a domain and one
 * direction; Example 2's answer shows the platform normalising the script, which the sandbox does not.
 */
import type { SandboxState } from '../store.js';
import { fail, type Json, type Reply } from '../wire.js';

export interface Script {
  tn?: string;
  domain?: string;
  direction: 'inbound' | 'outbound';
  script: string;
  enabled: boolean;
  customerDefault: boolean;
  createdDate: string;
}

const byState = new WeakMap<SandboxState, Map<string, Script>>();

export const scriptKey = (owner: { tn?: string | undefined; domain?: string | undefined }, direction: string) =>
  owner.tn !== undefined ? `tn:${owner.tn}:${direction}` : `domain:${owner.domain ?? ''}:${direction}`;

const SEEDED_SCRIPT =
  "<script><head/><body><dial caller='{CALLER}' number='sip:172.31.42.248:5060' group='abc' alias='abcd'/></body></script>";

export function scriptsOf(state: SandboxState): Map<string, Script> {
  let found = byState.get(state);
  if (!found) {
    // The /tnDetail example number (L1861) has an inbound script, so a blanket read is not empty.
    const seeded: Script = {
      tn: '2012151499',
      direction: 'inbound',
      script: SEEDED_SCRIPT,
      enabled: true,
      customerDefault: false,
      createdDate: '2020-06-25T13:28:03.815Z',
    };
    found = new Map([[scriptKey(seeded, 'inbound'), seeded]]);
    byState.set(state, found);
  }
  return found;
}

/** The wire form: the fields of the examples' answers, in their order. */
export function scriptJson(s: Script): Json {
  return {
    ...(s.tn !== undefined ? { tn: s.tn } : { domain: s.domain }),
    script: s.script,
    createdDate: s.createdDate,
    enabled: s.enabled,
    direction: s.direction,
    customerDefault: s.customerDefault,
  };
}

export const scriptsReply = (scripts: Script[]): Reply => ({
  status: 'Success',
  statusCode: '200',
  voiceScriptResponse: { voiceScript: scripts.map(scriptJson) },
});

export const NONE_FOUND = (): Reply => fail('417', 'No voice scripts found for requested data.');

/** "inbound" / "outbound"; undefined when absent, null when something else. */
export function readDirection(v: unknown): 'inbound' | 'outbound' | undefined | null {
  if (v === undefined || v === '') return undefined;
  const d = typeof v === 'string' ? v.toLowerCase() : '';
  return d === 'inbound' || d === 'outbound' ? d : null;
}
