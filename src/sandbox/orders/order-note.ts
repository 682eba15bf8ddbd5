/** /orderNote (L10382): an order's notes, newest first. */
import { defineOperation } from '../operation.js';
import { ORDER_REF } from '../request-fields.js';
import { noteDate } from '../wire.js';
import { okNumeric } from './shared/numeric-ok.js';
import { findOrder, KEY_REQUIRED, NO_RESULTS } from './shared/order-lookup.js';
import { newestFirst } from './shared/order-view.js';

export const orderNote = defineOperation(ORDER_REF, ({ state }, body) => {
  const o = findOrder(state, body);
  if (o === 'missing') return KEY_REQUIRED;
  if (!o || o.notes.length === 0) return NO_RESULTS;
  return okNumeric({
    orderNote: {
      orderNoteType: newestFirst(o).map((n) => ({ noteId: n.noteId, note: n.note, insertDate: noteDate(n.at), insertUser: n.user })),
    },
  });
});
