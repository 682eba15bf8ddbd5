/** /tnForwardList (L2822): every telephone number with forwarding, in one call; a flat array, no paging (read; 430 is []). */
import { defineOperation } from '../define.js';
import { list, record, tn } from '../wire/schema.js';
import type { ForwardingListing } from './forwarding.js';

export const tnForwardList = defineOperation({
  name: 'tnForwardList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tnForwardList: list(record({ tn, forwardTo: tn })) }),
  map: (wire): ForwardingListing[] => wire.tnForwardList,
  notFound: { empty: () => [] },
});
