/** /tnAssignedList: every number of the account and its status (read; 430 is []). */
import { defineOperation } from '../define.js';
import { tnStatusFromWire, type TnStatus } from '../shared/codes.js';
import type { Tn } from '../shared/tn.js';
import { record, required, tn, wrappedList } from '../wire/schema.js';

export interface AssignedNumber {
  tn: Tn;
  status: TnStatus;
}

const item = record({ tn, tnStatus: required(tnStatusFromWire, 'unknown TN status') });

export const tnAssignedList = defineOperation({
  name: 'tnAssignedList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tnBasicList: wrappedList('tnBasicItem', item) }),
  map: (wire) => wire.tnBasicList.map((w): AssignedNumber => ({ tn: w.tn, status: w.tnStatus })),
  notFound: { empty: () => [] },
});
