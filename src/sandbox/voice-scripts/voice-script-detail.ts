/**
 * /voiceScriptDetail (L2356): scripts of numbers (many), one domain, or every number / every domain
 * (`scriptType`). `Direction` (capital D, the table's spelling) narrows the search, read at the top
 * level and on an item; `direction` is accepted too.
 */
import { ANY } from '../request-shape.js';
import { defineOperation } from '../operation.js';
import { fail, invalid, isObject, readStr, readTn, required } from '../wire.js';
import { NONE_FOUND, readDirection, scriptsOf, scriptsReply, type Script } from './scripts.js';

const ITEM = { tn: ANY, domain: ANY, scriptType: ANY, Direction: ANY, direction: ANY } as const;

export const voiceScriptDetail = defineOperation({ voiceScript: ITEM, Direction: ANY }, ({ state }, body) => {
  const items = Array.isArray(body.voiceScript) ? body.voiceScript.filter(isObject) : isObject(body.voiceScript) ? [body.voiceScript] : [];
  if (items.length === 0) return required('voiceScript');
  const direction = readDirection(body.Direction ?? items[0]!['Direction'] ?? items[0]!['direction']);
  if (direction === null) return invalid('Direction');
  const all = [...scriptsOf(state).values()].filter((s) => direction === undefined || s.direction === direction);
  const scriptType = readStr(items[0]!['scriptType'])?.toUpperCase();
  let found: Script[];
  if (scriptType !== undefined) {
    if (scriptType !== 'NUMBER' && scriptType !== 'DOMAIN') return invalid('scriptType');
    found = all.filter((s) => (scriptType === 'NUMBER' ? s.tn !== undefined : s.domain !== undefined));
  } else {
    const domains = items.flatMap((i) => (readStr(i['domain']) ? [readStr(i['domain'])!] : []));
    if (domains.length > 1) return fail('415', 'Domain cannot be specified more than once');
    const tns: string[] = [];
    for (const i of items) {
      if (i['domain'] !== undefined) continue;
      if (i['tn'] === undefined || i['tn'] === '') return required('tn or domain');
      const tn = readTn(i['tn']);
      if (!tn) return fail('409', `Invalid TN submitted:[${String(i['tn'])}]`);
      tns.push(tn);
    }
    found = all.filter((s) => (s.tn !== undefined ? tns.includes(s.tn) : domains.includes(s.domain ?? '')));
  }
  if (found.length === 0) return NONE_FOUND();
  return scriptsReply(found.sort((a, b) => (a.tn ?? a.domain ?? '').localeCompare(b.tn ?? b.domain ?? '')));
});
