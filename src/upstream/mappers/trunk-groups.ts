/** /trunkGroupSearchAssigned → trunk group names. */
import { asArray, isObject, str, type WireObject } from '../wire.js';

export function mapTrunkGroupSearchAssigned(body: WireObject): string[] {
  const names: string[] = [];
  for (const item of asArray(body['trunkGroupNameList'])) {
    const name = str(isObject(item) ? item['trunkGroupName'] : item);
    if (name !== undefined) names.push(name);
  }
  return names;
}
