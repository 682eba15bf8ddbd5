/** /tnReserve: hold available numbers for this account (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { batchOutcomeFromWire, batchOutcomeSchema, batchRequest, nothingToDo, type TnBatch } from '../shared/batch-outcome.js';

export const tnReserve = defineOperation({
  name: 'tnReserve',
  kind: 'write',
  withoutCall: nothingToDo,
  request: (batch: TnBatch) => batchRequest('tnReserve', batch),
  response: batchOutcomeSchema('tnReserveResponse', 'reservedTnCount'),
  map: batchOutcomeFromWire,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
