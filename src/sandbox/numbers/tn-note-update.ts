/** /tnNoteUpdate (L2528): a note per In Service TN, applied at once. Wrapper and item field are both `tnNote`. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { tnList } from '../request-fields.js';
import { isReply, readWrappedItems } from '../wire.js';
import { updateInService } from './shared/in-service-update.js';

export const tnNoteUpdate = defineOperation({ tnNote: tnList({ tn: ANY, tnNote: ANY }) }, ({ state }, body) => {
  const items = readWrappedItems(body, 'tnNote');
  if (isReply(items)) return items;
  return updateInService(state, items, 'tnNote', (a, note) => {
    // An empty note clears it (no removal operation is documented).
    if (note === '') delete a.tnNote;
    else a.tnNote = note;
    return undefined;
  });
});
