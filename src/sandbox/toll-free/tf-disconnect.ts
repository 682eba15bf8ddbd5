/** /tfDisconnect (L8049): In Service numbers go Pending Disconnect, and leave the account when the order closes. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { inServiceWrite } from './in-service-writes.js';

export const tfDisconnect = defineOperation({ customerOrderReference: ANY, tnList: { tnItem: { tn: ANY } } }, ({ state, now }, body) =>
  inServiceWrite(
    state,
    now,
    body,
    'DISCO',
    () => undefined,
    () => undefined,
    ({ rec }) => {
      rec.status = 'PDISC';
      return { kind: 'DISCO' };
    },
  ),
);
