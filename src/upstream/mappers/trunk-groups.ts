/** /trunkGroupSearchAssigned → trunk group names. */
import { asArray, isObject, str, type WireObject } from '../wire.js';

/**
 * Documented (L8395): `trunkGroupNameList: [{ trunkGroupName }]`. Also read:
 * bare names, and the XML-converted `{ trunkGroupName: [names] }`.
 */
export function mapTrunkGroupSearchAssigned(body: WireObject): string[] {
  const names: string[] = [];
  for (const item of asArray(body['trunkGroupNameList'])) {
    for (const value of asArray(isObject(item) ? item['trunkGroupName'] : item)) {
      const name = str(value);
      if (name !== undefined) names.push(name);
    }
  }
  return names;
}
