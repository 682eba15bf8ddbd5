/** /tfFeatureE911List (L8277): the toll-free numbers with E911, all or by mask, in one call (read; 430 is []). */
import { defineOperation } from '../define.js';
import type { Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { record, tn, wrappedList } from '../wire/schema.js';
import { e911Fields, e911FromWire, type TollFreeE911 } from './tf-wire.js';

export interface E911Listing {
  tn: Tn;
  e911?: TollFreeE911;
}

export const tfFeatureE911List = defineOperation({
  name: 'tfFeatureE911List',
  kind: 'read',
  request: ({ tnMask }: { tnMask?: string | undefined }) => compact({ tnMask }),
  // The enh* fields are undescribed (L8310) and not read.
  response: record({ tfFeatureList: wrappedList('tfFeatureItem', record({ tn, ...e911Fields })) }),
  map: (wire): E911Listing[] => wire.tfFeatureList.map((w) => defined({ tn: w.tn, e911: e911FromWire(w) })),
  notFound: { empty: () => [] },
});
