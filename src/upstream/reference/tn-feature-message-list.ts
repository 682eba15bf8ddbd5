/** /tnFeatureMessageList: the numbers with messaging and their class and type, paged (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import { emptyPage, pageFields, pageFromWire } from '../shared/page.js';
import type { Tn } from '../shared/tn.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';
import { defined, featureListRequest, type FeatureListQuery } from './feature-list-page.js';

export interface MessagingNumber {
  tn: Tn;
  /** As the carrier spells it, e.g. P2P (the graph maps it to its enum). */
  messageClass?: string;
  /** As the carrier spells it, e.g. SMS. */
  messageType?: string;
}

/** Documented (L11281): `tnFeatureList.tnFeatureItem[]` with `tn`, `messageClass`, `messageType`. */
export const tnFeatureMessageList = defineOperation({
  name: 'tnFeatureMessageList',
  kind: 'read',
  request: featureListRequest,
  response: record({ tnFeatureList: wrappedList('tnFeatureItem', record({ tn, messageClass: text, messageType: text })), ...pageFields }),
  map: (wire, query: FeatureListQuery) =>
    pageFromWire<MessagingNumber>(
      wire,
      wire.tnFeatureList.map((w) => ({ tn: w.tn, ...defined({ messageClass: w.messageClass, messageType: w.messageType }) })),
      query.page?.page,
    ),
  notFound: { empty: (query) => emptyPage<MessagingNumber>(query.page?.page) },
});
