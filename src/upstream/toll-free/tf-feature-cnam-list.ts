/** /tfFeatureCNamList (L8195): every number with caller ID name storage (LIDB), in one call (read; 430 is []). */
import { defineOperation } from '../define.js';
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';

export interface CallingNameListing {
  tn: Tn;
  callingName?: string;
}

export const tfFeatureCNamList = defineOperation({
  name: 'tfFeatureCNamList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tfFeatureList: wrappedList('tfFeatureItem', record({ tn, callingName: text })) }),
  map: (wire): CallingNameListing[] => wire.tfFeatureList.map((w) => defined({ tn: w.tn, callingName: w.callingName })),
  notFound: { empty: () => [] },
});
