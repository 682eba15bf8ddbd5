/**
 * /voiceScript (L2073): add or change the script of one number or domain, or remove scripts of
 * many. `removeScript` is read at the top level (Example 4) and on an item (the table's row order).
 * A number must be on the account (409 otherwise).
 */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import type { SandboxState } from '../store.js';
import { fail, invalid, isObject, isoDate, readStr, readTn, required, type Json, type Reply } from '../wire.js';
import { NONE_FOUND, readDirection, scriptKey, scriptsOf, scriptsReply } from './scripts.js';

const ITEM = { tn: ANY, domain: ANY, script: ANY, enabled: ANY, customerDefault: ANY, direction: ANY, removeScript: ANY } as const;
/** "Script is too large. Max limit is 42,000 characters" (422). */
const MAX_SCRIPT = 42_000;
/** 421 "Too Many TNs specified in the request": no number is stated; 100 as the carrier's batch size elsewhere. */
const MAX_REMOVE_TNS = 100;

type Owner = { tn?: string; domain?: string };

function readOwner(state: SandboxState, item: Json): Owner | Reply {
  const domain = readStr(item['domain']);
  if (domain !== undefined) return { domain };
  if (item['tn'] === undefined || item['tn'] === '') return required('tn or domain');
  const tn = readTn(item['tn']);
  if (!tn || !state.assigned.has(tn)) return fail('409', `Invalid TN submitted:[${String(item['tn'])}]`);
  return { tn };
}

const isReplyOf = (v: Owner | Reply): v is Reply => 'statusCode' in v;

export const voiceScript = defineOperation({ voiceScript: ITEM, removeScript: ANY }, ({ state, now }, body) => {
  const items = Array.isArray(body.voiceScript) ? body.voiceScript.filter(isObject) : isObject(body.voiceScript) ? [body.voiceScript] : [];
  if (items.length === 0) return required('voiceScript');
  const remove = [body.removeScript, ...items.map((i) => i['removeScript'])].some((v) => readStr(v)?.toUpperCase() === 'Y');
  const scripts = scriptsOf(state);
  if (remove) {
    if (items.length > MAX_REMOVE_TNS) return fail('421', 'Too Many TNs specified in the request');
    const keys: string[] = [];
    for (const item of items) {
      const owner = readOwner(state, item);
      if (isReplyOf(owner)) return owner;
      const direction = readDirection(item['direction']);
      if (direction === undefined) return required('direction');
      if (direction === null) return invalid('direction');
      keys.push(scriptKey(owner, direction));
    }
    if (!keys.some((k) => scripts.has(k))) return NONE_FOUND();
    keys.forEach((k) => scripts.delete(k));
    return { status: 'Success', statusCode: '200' };
  }
  // Example 3's wording (L2215): an add takes one element.
  if (items.length > 1) return invalid('Specified with more than 1 voice script elements during an ADD operation');
  const item = items[0]!;
  const owner = readOwner(state, item);
  if (isReplyOf(owner)) return owner;
  const direction = readDirection(item['direction']) ?? 'inbound';
  if (direction === null) return invalid('direction');
  const key = scriptKey(owner, direction);
  const existing = scripts.get(key);
  const script = typeof item['script'] === 'string' && item['script'] !== '' ? item['script'] : undefined;
  if (script !== undefined && script.length > MAX_SCRIPT) return fail('422', 'Script is too large. Max limit is 42,000 characters');
  if (script === undefined && !existing) return required('script');
  for (const flag of ['enabled', 'customerDefault'] as const) {
    if (item[flag] !== undefined && typeof item[flag] !== 'boolean') return invalid(flag);
  }
  const next = {
    ...owner,
    direction,
    script: script ?? existing!.script,
    enabled: (item['enabled'] as boolean | undefined) ?? (script !== undefined ? true : existing!.enabled),
    customerDefault: (item['customerDefault'] as boolean | undefined) ?? existing?.customerDefault ?? false,
    createdDate: isoDate(now),
  };
  scripts.set(key, next);
  return scriptsReply([next]);
});
