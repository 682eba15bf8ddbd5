import { describe, expect, it } from 'vitest';
import { tnDisconnect } from '../../../src/upstream/numbers/tn-disconnect.js';

describe('request builders emit what the guide examples emit', () => {
  it('/tnDisconnect: no wrapper', () => {
    expect(tnDisconnect.request({ tns: ['3123489654', '3123489655'], customerOrderReference: 'TestOrder05' })).toEqual({
      customerOrderReference: 'TestOrder05',
      tnList: { tnItem: [{ tn: 3123489654 }, { tn: 3123489655 }] },
    });
  });
});
