/** /tnNoteUpdate: set the free-text note of assigned numbers (write); answers the numbers refused. */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { nothingRefused, numberUpdateSchema, refusedFromWire } from '../shared/number-update.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { tnAsNumber } from '../wire/values.js';

export interface TnNoteUpdateRequest {
  items: { tn: Tn; tnNote: string }[];
}

export const tnNoteUpdate = defineOperation({
  name: 'tnNoteUpdate',
  kind: 'write',
  withoutCall: ({ items }: TnNoteUpdateRequest) => nothingRefused(items),
  // The wrapper and the item field are both named `tnNote`.
  request: ({ items }: TnNoteUpdateRequest) => ({
    tnNote: { tnList: { tnItem: items.map((i) => ({ tn: tnAsNumber(inputTn('tnNoteUpdate', i.tn)), tnNote: i.tnNote })) } },
  }),
  response: numberUpdateSchema,
  map: (wire, { items }) => refusedFromWire(wire, items),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
