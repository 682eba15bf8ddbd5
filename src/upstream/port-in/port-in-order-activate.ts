/**
 * /portInOrderActivate: trigger the port of groups of an on-demand port-in (write). The carrier
 * answers statusCode "200" even when a group fails; each group's result is packed into `status`:
 * "tnGroup:<group> Status:{1=[TN group not available for port<group>]}|tnGroup: <group> Status:Success|}"
 * (guide example). Parsed here into one result per group.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import { invalidInput } from '../shared/tn.js';
import { record, text } from '../wire/schema.js';

export interface ActivationRequest {
  order: OrderRef;
  tnGroups: string[];
}

export interface GroupActivation {
  tnGroup: string;
  activated: boolean;
  /** The carrier's reason when the group was not activated. */
  message?: string;
}

/** Splits the packed status into per-group results; groups the status does not mention are left out. */
export function parseActivationStatus(status: string | undefined): GroupActivation[] {
  if (!status) return [];
  const out: GroupActivation[] = [];
  const part = /tnGroup:\s*(.+?)\s+Status:\s*(.*?)\|/g;
  for (const m of status.matchAll(part)) {
    const [, tnGroup, result] = m as unknown as [string, string, string];
    if (/^success$/i.test(result.trim())) {
      out.push({ tnGroup, activated: true });
      continue;
    }
    // "{1=[message]}" → message; anything else is kept whole.
    const inner = /^\{\s*\d+\s*=\s*\[(.*)\]\s*\}$/.exec(result.trim());
    out.push({ tnGroup, activated: false, message: (inner?.[1] ?? result).trim() });
  }
  return out;
}

export const portInOrderActivate = defineOperation({
  name: 'portInOrderActivate',
  kind: 'write',
  request: (r: ActivationRequest) => {
    if (r.tnGroups.length === 0) throw invalidInput('portInOrderActivate', 'At least one tnGroup is required');
    return { ...orderRefRequest('portInOrderActivate', r.order), tnGroup: r.tnGroups };
  },
  response: record({ status: text }),
  map: (wire, r): GroupActivation[] => {
    const parsed = parseActivationStatus(wire.status);
    // A plain "Success" (no per-group part) means every requested group was accepted.
    if (parsed.length === 0 && wire.status?.toLowerCase() === 'success') return r.tnGroups.map((tnGroup) => ({ tnGroup, activated: true }));
    return parsed;
  },
  notFound: NOT_FOUND_IS_AN_ERROR,
});
