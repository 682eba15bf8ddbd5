/** /tfForwardList (L2866): every toll-free number with forwarding, in one call; a flat array, no paging (read; 430 is []). */
import { defineOperation } from '../define.js';
import { list, record, tn } from '../wire/schema.js';
import type { ForwardingListing } from './forwarding.js';

export const tfForwardList = defineOperation({
  name: 'tfForwardList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tfForwardList: list(record({ tn, forwardTo: tn })) }),
  map: (wire): ForwardingListing[] => wire.tfForwardList,
  notFound: { empty: () => [] },
});
