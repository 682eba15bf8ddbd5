import { describe, expect, it } from 'vitest';
import { parseStructuredExclusions, requireStatusExclusions } from '../../../src/upstream/shared/exclusions.js';

describe('wire: exclusions in the status string', () => {
  it('parses the guide example', () => {
    expect(requireStatusExclusions('{2=[6123453624 TN is on an existing order]}')).toEqual([
      { tn: '6123453624', reason: 'TN is on an existing order' },
    ]);
  });
  it('parses several entries and several groups', () => {
    const status =
      '{2=[6123453624 TN is on an existing order, 6123453625 TN is not available, in any form], 5=[6123453626 Invalid trunk group]}';
    expect(requireStatusExclusions(status)).toEqual([
      { tn: '6123453624', reason: 'TN is on an existing order' },
      { tn: '6123453625', reason: 'TN is not available, in any form' },
      { tn: '6123453626', reason: 'Invalid trunk group' },
    ]);
  });
  it('a TN without a reason', () => {
    expect(requireStatusExclusions('{1=[6123453624]}')).toEqual([{ tn: '6123453624' }]);
  });
  it('an entry without a TN names the request item at its key (zero-based index, L1706–1733)', () => {
    const requested = ['6123453622', '6123453623', '6123453624'];
    expect(requireStatusExclusions('{2=[TN is on an existing order]}', requested)).toEqual([
      { tn: '6123453624', reason: 'TN is on an existing order' },
    ]);
    expect(requireStatusExclusions('{0=[TN is reserved], 2=[6123453624 TN is on an existing order]}', requested)).toEqual([
      { tn: '6123453622', reason: 'TN is reserved' },
      { tn: '6123453624', reason: 'TN is on an existing order' },
    ]);
    expect(requireStatusExclusions('{6123453623=[TN not available]}', requested)).toEqual([
      { tn: '6123453623', reason: 'TN not available' },
    ]);
    // An empty list names nothing; an index past the request is an answer that cannot be read.
    expect(requireStatusExclusions('{1=[]}', requested)).toEqual([]);
    expect(() => requireStatusExclusions('{7=[TN not available]}', requested)).toThrow(
      /names no number of the request: "TN not available"/,
    );
  });
  it('Success and other texts are no exclusions', () => {
    expect(requireStatusExclusions('Success')).toEqual([]);
    expect(requireStatusExclusions(undefined)).toEqual([]);
    expect(requireStatusExclusions('{}')).toEqual([]);
  });
  it('structured lists (tnReserve form, and wrapped items)', () => {
    expect(parseStructuredExclusions([{ tn: '2015540013' }, { tn: 2015540300 }])).toEqual([{ tn: '2015540013' }, { tn: '2015540300' }]);
    expect(parseStructuredExclusions({ excludedTnItem: [{ tn: 7278482111, excludedReason: 'TN is on an existing order' }] })).toEqual([
      { tn: '7278482111', reason: 'TN is on an existing order' },
    ]);
  });
});
