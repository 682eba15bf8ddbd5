/** /routingLabelSearchAssigned (L9280): every toll-free routing label of the account, in one call (read; 430 is []). */
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { record, required, text, wrappedList } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface RoutingLabelSummary {
  routingLabel: string;
  /** "" in the example: no name given. */
  customerAssignedName?: string;
  /** e.g. "Sequence". */
  routePrioritizationType?: string;
}

const item = record({ routingLabel: required(str, 'routingLabel missing'), customerAssignedName: text, routePrioritizationType: text });

export const routingLabelSearchAssigned = defineOperation({
  name: 'routingLabelSearchAssigned',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ routingLabelList: wrappedList('routingLabelItem', item) }),
  map: (wire): RoutingLabelSummary[] => wire.routingLabelList.map((w) => defined({ ...w })),
  notFound: { empty: () => [] },
});
