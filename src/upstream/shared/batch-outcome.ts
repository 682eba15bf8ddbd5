/**
 * /tnReserve and /tnRelease: the same request and answer under two names
 * (`{ tnReserve: { tnList: { tnItem: [{ tn: "…" }] } } }`, tn as a string),
 * reporting only the TNs they skipped.
 */
import { z } from 'zod';
import { count, raw } from '../wire/schema.js';
import { obj, type WireObject } from '../wire/values.js';
import { parseStructuredExclusions } from './exclusions.js';
import { inputTn, type Tn } from './tn.js';

export interface BatchOutcome {
  requested: number;
  succeeded: number;
  excluded: Tn[];
}

export interface TnBatch {
  tns: Tn[];
}

export function batchRequest(operation: 'tnReserve' | 'tnRelease', { tns }: TnBatch): WireObject {
  return { [operation]: { tnList: { tnItem: tns.map((tn) => ({ tn: inputTn(operation, tn) })) } } };
}

/** A batch of no TNs is not sent. */
export const nothingToDo = ({ tns }: TnBatch): BatchOutcome | undefined =>
  tns.length === 0 ? { requested: 0, succeeded: 0, excluded: [] } : undefined;

/** The answer's wrapper (`tnReserveResponse`) and its count, named after the operation (`reservedTnCount`). */
export const batchOutcomeSchema = (wrapperKey: string, doneKey: string) =>
  z.preprocess(
    (body) => {
      const wrapper = obj(obj(body)[wrapperKey]);
      return { total: wrapper['totalTnCount'], done: wrapper[doneKey], excluded: wrapper['excludedTnList'] ?? obj(body)['excludedTnList'] };
    },
    z.object({ total: count, done: count, excluded: raw }),
  );

export function batchOutcomeFromWire(
  w: { total?: number | undefined; done?: number | undefined; excluded?: unknown },
  { tns }: TnBatch,
): BatchOutcome {
  const excluded = parseStructuredExclusions(w.excluded).map((e) => e.tn);
  const total = w.total ?? tns.length;
  return { requested: total, succeeded: w.done ?? Math.max(0, total - excluded.length), excluded };
}
