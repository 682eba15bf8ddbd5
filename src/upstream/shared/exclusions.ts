/**
 * Numbers a batch write left out. The carrier reports them inside `status`
 * ("{2=[6123453624 TN is on an existing order]}") and, should one appear, in a
 * structured list; both are read, each TN+reason once.
 */
import { asArray, isObject, str, toTn, WireFormatError } from '../wire/values.js';
import type { Tn } from './tn.js';

export interface ExcludedNumber {
  tn: Tn;
  reason?: string;
}

/**
 * /tnOrder reports the TNs it excluded inside `status`, as a Java
 * `Map<Integer, List<String>>.toString()`:
 *
 *   "{2=[6123453624 TN is on an existing order]}"
 *   "{2=[6123453624 TN is on an existing order, 6123453625 TN not available], 5=[…]}"
 *
 * Each list entry is "<tn> <reason>". Reasons may themselves contain ", ", so
 * entries are split only where a comma is followed by a TN. The key is the
 * excluded item's zero-based index in the request (guide L1706–1733: the third
 * item, 6123453624, is key 2); it is only needed for an entry that carries no
 * TN of its own, which is then read as a reason for `requested[key]` (a key
 * that is itself a ten-digit TN names it directly); an entry that names no
 * number of the request throws WireFormatError. Anything else (e.g.
 * "Success") → [].
 */
export function requireStatusExclusions(status: unknown, requested: readonly Tn[] = []): ExcludedNumber[] {
  if (typeof status !== 'string') return [];
  const text = status.trim();
  if (!text.startsWith('{') || !text.includes('=[')) return [];
  const out: ExcludedNumber[] = [];
  const groupRe = /([^{},=\s][^{},=]*)?=\[([^\]]*)\]/g;
  let match: RegExpExecArray | null;
  while ((match = groupRe.exec(text)) !== null) {
    const key = (match[1] ?? '').trim();
    const inner = match[2] ?? '';
    const keyTn = /^\d+$/.test(key) ? (key.length >= 10 ? toTn(key) : requested[Number(key)]) : undefined;
    for (const entry of inner.split(/,\s*(?=\+?1?\d{10}\b)/)) {
      const m = /^\s*\+?(1?\d{10})\b\s*[:\-]?\s*([\s\S]*)$/.exec(entry);
      if (!m && entry.trim() === '') continue;
      const tn = m ? toTn(m[1]) : keyTn;
      // Dropping it would report a refused number as applied; an unreadable
      // answer at least tells the caller the outcome is unknown.
      if (tn === undefined) throw new WireFormatError(`an exclusion names no number of the request: "${entry.trim()}"`);
      const reason = (m ? m[2] : entry)?.trim();
      out.push(reason ? { tn, reason } : { tn });
    }
  }
  return out;
}

/**
 * Structured exclusion lists, in case a batch write returns them as objects
 * (`excludedTnList: [{ tn, excludedReason }]`, possibly wrapped in
 * `{ excludedTnItem: [...] }`) rather than inside the status string.
 */
export function parseStructuredExclusions(value: unknown): ExcludedNumber[] {
  const list = isObject(value) && 'excludedTnItem' in value ? value['excludedTnItem'] : value;
  const out: ExcludedNumber[] = [];
  for (const item of asArray(list)) {
    const o = isObject(item) ? item : { tn: item };
    const tn = toTn(o['tn'] ?? o['telephoneNumber']);
    if (tn === undefined) continue;
    const reason = str(o['excludedReason'] ?? o['reason']);
    out.push(reason ? { tn, reason } : { tn });
  }
  return out;
}

/**
 * The numbers a batch write left out, from every place the carrier may report
 * them. Shared by the order-creating writes and the immediate per-number
 * updates (/portOutPinUpdate, /tnNoteUpdate), which report refusals the same way.
 */
export function exclusionsFromWire(
  body: { status?: unknown; excludedTnList?: unknown; invalidTnList?: unknown },
  requested: readonly Tn[] = [],
): ExcludedNumber[] {
  const excluded: ExcludedNumber[] = [];
  const seen = new Set<string>();
  const add = (list: ExcludedNumber[]) => {
    for (const e of list) {
      const key = `${e.tn}\u0000${e.reason ?? ''}`;
      if (!seen.has(key)) {
        seen.add(key);
        excluded.push(e);
      }
    }
  };
  add(requireStatusExclusions(body.status, requested));
  add(parseStructuredExclusions(body.excludedTnList));
  add(parseStructuredExclusions(body.invalidTnList));
  return excluded;
}
