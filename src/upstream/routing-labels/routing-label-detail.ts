/**
 * /routingLabelDetail (L9316): the routes (trunk groups, sequence, proportion) of one routing label,
 * asked by its label or its customer-assigned name (read; 430 is no routes). The answer does not echo the key.
 */
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { count, record, text, wrappedList } from '../wire/schema.js';

export interface RoutingLabelRoute {
  sequence?: number;
  trunkGroupName?: string;
  proportion?: number;
}

const item = record({ routeSequence: count, trunkGroupName: text, routeProportion: count });

export const routingLabelDetail = defineOperation({
  name: 'routingLabelDetail',
  kind: 'read',
  request: ({ routingLabel }: { routingLabel: string }) => ({ routingLabel }),
  response: record({ routingLabelList: wrappedList('routingLabelItem', item) }),
  map: (wire): RoutingLabelRoute[] =>
    wire.routingLabelList.map((w) =>
      defined({ sequence: w.routeSequence, trunkGroupName: w.trunkGroupName, proportion: w.routeProportion }),
    ),
  notFound: { empty: () => [] },
});
