/** /orderAddNote (L10339): a note on an order, answered with its noteId. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { ORDER_REF } from '../request-fields.js';
import { isReply, readStr, required } from '../wire.js';
import { okNumeric } from './shared/numeric-ok.js';
import { mutableOrder } from './shared/order-lookup.js';

export const orderAddNote = defineOperation({ ...ORDER_REF, orderNote: ANY }, ({ state, now }, body) => {
  const note = readStr(body.orderNote);
  if (note === undefined) return required('orderNote');
  const o = mutableOrder(state, body);
  if (isReply(o)) return o;
  const noteId = state.newNoteId();
  o.notes.push({ noteId, note, at: now, user: 'api_user' });
  return okNumeric({ noteId });
});
