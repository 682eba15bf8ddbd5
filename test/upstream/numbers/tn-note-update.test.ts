import { describe, expect, it } from 'vitest';
import { tnNoteUpdate } from '../../../src/upstream/numbers/tn-note-update.js';

describe('mapNumberUpdate', () => {
  const requested = ['3123489652', '3123489651'];

  it("the guide's success answer refuses nothing", () => {
    expect(tnNoteUpdate.parse({ status: 'Success', statusCode: '200' }, { items: requested.map((tn) => ({ tn, tnNote: 'n' })) })).toEqual(
      [],
    );
    expect(tnNoteUpdate.parse({ statusCode: '200' }, { items: requested.map((tn) => ({ tn, tnNote: 'n' })) })).toEqual([]);
  });
  it('reads refusals from status, by TN or by item index', () => {
    expect(
      tnNoteUpdate.parse(
        { status: '{1=[3123489651 TN is not assigned to this customer]}', statusCode: '200' },
        { items: requested.map((tn) => ({ tn, tnNote: 'n' })) },
      ),
    ).toEqual([{ tn: '3123489651', reason: 'TN is not assigned to this customer' }]);
    // An entry without its TN is the item at that index.
    expect(
      tnNoteUpdate.parse(
        { status: '{0=[Port-out PIN is not supported]}', statusCode: '200' },
        { items: requested.map((tn) => ({ tn, tnNote: 'n' })) },
      ),
    ).toEqual([{ tn: '3123489652', reason: 'Port-out PIN is not supported' }]);
  });
  it('reads a structured excludedTnList too', () => {
    expect(
      tnNoteUpdate.parse(
        { status: 'Success', excludedTnList: [{ tn: 3123489651, excludedReason: 'TN is not In Service' }] },
        { items: requested.map((tn) => ({ tn, tnNote: 'n' })) },
      ),
    ).toEqual([{ tn: '3123489651', reason: 'TN is not In Service' }]);
  });
});
