/** /routingLabelUpdate (L9357): rename a routing label (write; the answer is the envelope only). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { record } from '../wire/schema.js';

export interface RoutingLabelRename {
  routingLabel: string;
  newRoutingLabel: string;
}

export const routingLabelUpdate = defineOperation({
  name: 'routingLabelUpdate',
  kind: 'write',
  request: ({ routingLabel, newRoutingLabel }: RoutingLabelRename) => ({ routingLabel, newRoutingLabel }),
  response: record({}),
  map: (): true => true,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
