/** /trunkGroupSearchAssigned: every DID trunk group name of the account (read; 430 is []). */
import { defineOperation } from '../define.js';
import { list, raw } from '../wire/schema.js';
import { asArray, isObject, str } from '../wire/values.js';
import { z } from 'zod';

/**
 * Documented (L8395): `trunkGroupNameList: [{ trunkGroupName }]`. Also read:
 * bare names, and the XML-converted `{ trunkGroupName: [names] }`.
 */
export const trunkGroupSearchAssigned = defineOperation({
  name: 'trunkGroupSearchAssigned',
  kind: 'read',
  request: (_: void) => ({}),
  response: z.object({ trunkGroupNameList: list(raw) }),
  map: (wire): string[] =>
    wire.trunkGroupNameList.flatMap((item) => asArray(isObject(item) ? item['trunkGroupName'] : item).flatMap((v) => str(v) ?? [])),
  notFound: { empty: () => [] },
});
