/** /tnFeatureDLList: every number with a directory listing, in one unpaged answer (read; 430 is []). */
import { defineOperation } from '../define.js';
import type { Tn } from '../shared/tn.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';
import { defined } from './feature-list-page.js';

const LISTING_FIELDS = {
  firstName: text,
  lastName: text,
  streetNum: text,
  streetPreDir: text,
  streetName: text,
  streetType: text,
  streetPostDir: text,
  location: text,
  city: text,
  state: text,
  postalCode: text,
};

export type DirectoryListingNumber = { tn: Tn } & { [K in keyof typeof LISTING_FIELDS]?: string };

/** Documented (L11133): the request is the key alone and the answer has no page fields, unlike its siblings. */
export const tnFeatureDLList = defineOperation({
  name: 'tnFeatureDLList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tnFeatureList: wrappedList('tnFeatureItem', record({ tn, ...LISTING_FIELDS })) }),
  map: (wire): DirectoryListingNumber[] => wire.tnFeatureList.map(({ tn: number, ...rest }) => ({ tn: number, ...defined(rest) })),
  notFound: { empty: () => [] },
});
