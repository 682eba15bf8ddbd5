/**
 * /portOutPinUpdate and /tnNoteUpdate answers → the numbers the carrier
 * refused. The guide shows only "Success"; refusals come in `status` like
 * /tnOrder's exclusions, with statusCode 200.
 */
import { describe, expect, it } from 'vitest';
import { mapNumberUpdate } from '../../src/upstream/mappers/number-update.js';

describe('mapNumberUpdate', () => {
  const requested = ['3123489652', '3123489651'];

  it('the guide\'s success answer refuses nothing', () => {
    expect(mapNumberUpdate({ status: 'Success', statusCode: '200' }, requested)).toEqual([]);
    expect(mapNumberUpdate({ statusCode: '200' }, requested)).toEqual([]);
  });

  it('reads refusals from status, by TN or by item index', () => {
    expect(mapNumberUpdate({ status: '{1=[3123489651 TN is not assigned to this customer]}', statusCode: '200' }, requested)).toEqual([
      { tn: '3123489651', reason: 'TN is not assigned to this customer' },
    ]);
    // An entry without its TN is the item at that index.
    expect(mapNumberUpdate({ status: '{0=[Port-out PIN is not supported]}', statusCode: '200' }, requested)).toEqual([
      { tn: '3123489652', reason: 'Port-out PIN is not supported' },
    ]);
  });

  it('reads a structured excludedTnList too', () => {
    expect(mapNumberUpdate({ status: 'Success', excludedTnList: [{ tn: 3123489651, excludedReason: 'TN is not In Service' }] }, requested)).toEqual([
      { tn: '3123489651', reason: 'TN is not In Service' },
    ]);
  });
});
