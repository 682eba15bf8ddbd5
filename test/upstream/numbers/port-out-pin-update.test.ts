import { describe, expect, it } from 'vitest';
import { portOutPinUpdate } from '../../../src/upstream/numbers/port-out-pin-update.js';
import { tnNoteUpdate } from '../../../src/upstream/numbers/tn-note-update.js';

describe('request builders emit what the guide examples emit', () => {
  it('/portOutPinUpdate and /tnNoteUpdate: same-named wrapper and item field', () => {
    expect(portOutPinUpdate.request({ items: [{ tn: '3123489652', portOutPin: 'New PIN 9652' }] })).toEqual({
      portOutPin: { tnList: { tnItem: [{ tn: 3123489652, portOutPin: 'New PIN 9652' }] } },
    });
    expect(tnNoteUpdate.request({ items: [{ tn: '3123489652', tnNote: 'Subaccount A' }] })).toEqual({
      tnNote: { tnList: { tnItem: [{ tn: 3123489652, tnNote: 'Subaccount A' }] } },
    });
  });
});
