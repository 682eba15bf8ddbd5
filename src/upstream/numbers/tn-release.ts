/** /tnRelease: give reserved numbers back (write). */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { batchOutcomeFromWire, batchOutcomeSchema, batchRequest, nothingToDo, type TnBatch } from '../shared/batch-outcome.js';

export const tnRelease = defineOperation({
  name: 'tnRelease',
  kind: 'write',
  withoutCall: nothingToDo,
  request: (batch: TnBatch) => batchRequest('tnRelease', batch),
  response: batchOutcomeSchema('tnReleaseResponse', 'releasedTnCount'),
  map: batchOutcomeFromWire,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
