/** Per-TN checks several order-creating operations share. */
import { readFeatureRequest, validateFeatures } from '../../features.js';
import type { Ctx } from '../../operation.js';
import type { OrderItem } from '../../types.js';
import { isObject, stringFields, type Json } from '../../wire.js';

export const unknownTrunkGroup = (ctx: Ctx, trunkGroup: string) =>
  ctx.state.trunkGroups.includes(trunkGroup) ? undefined : `Invalid trunk group name ${trunkGroup}`;

/**
 * A tnItem's endUser and tnFeature blocks, validated together (typeOfService is checked with the
 * features). `requireGroups`: see validateFeatures (/tnOrder yes, /tnFeatureOrder no).
 */
export function readFeatureBlocks(raw: Json, requireGroups: boolean): Pick<OrderItem, 'endUser' | 'tnFeature'> | { reason: string } {
  const endUserRaw = isObject(raw['endUser']) ? raw['endUser'] : undefined;
  const tnFeature = readFeatureRequest(raw['tnFeature']);
  const featureError = validateFeatures(tnFeature, endUserRaw, requireGroups);
  if (featureError) return { reason: featureError };
  const blocks: Pick<OrderItem, 'endUser' | 'tnFeature'> = {};
  if (endUserRaw) blocks.endUser = stringFields(endUserRaw);
  if (tnFeature) blocks.tnFeature = tnFeature;
  return blocks;
}

/** Update/feature/disconnect operate on "active (In Service)" TNs (L1899, L2578). */
export function inServiceReason(ctx: Ctx, tn: string): string | undefined {
  const a = ctx.state.assigned.get(tn);
  if (!a) return 'TN is not assigned to this customer';
  if (a.status !== 'In Service') return `TN is not In Service (status ${a.status})`;
  return undefined;
}
