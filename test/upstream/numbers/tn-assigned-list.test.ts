import { describe, expect, it } from 'vitest';
import { tnAssignedList } from '../../../src/upstream/numbers/tn-assigned-list.js';
import { WireFormatError, type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/tnAssignedList → AssignedNumber[] (numeric tn, status labels)', () => {
    expect(tnAssignedList.parse(parse(guide.TN_ASSIGNED_LIST))).toEqual([
      { tn: '2012512771', status: 'PENDING' },
      { tn: '2013322229', status: 'IN_SERVICE' },
      { tn: '2013425551', status: 'IN_SERVICE' },
      { tn: '2013435559', status: 'PENDING_DISCONNECT' },
    ]);
  });
  it('/tnAssignedList with an unknown status is a WireFormatError', () => {
    const body = { statusCode: '200', tnBasicList: { tnBasicItem: { tn: 2012512771, tnStatus: 'Aging' } } };
    expect(() => tnAssignedList.parse(body)).toThrow(WireFormatError);
  });
});
