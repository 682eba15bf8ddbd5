import { describe, expect, it } from 'vitest';
import { portOutNumberStatusFromLabel, portOutRejectReasonFromLabel } from '../../../src/graph/port-outs/port-out-labels.js';

describe('port-out line labels', () => {
  it.each([
    ['Pending', 'PENDING'],
    ['Approved', 'APPROVED'],
    ['Invalid zip code', 'REJECTED'],
    ['PIN required/invalid', 'REJECTED'],
    [' auth name mismatch ', 'REJECTED'],
    ['Port Complete', 'PORTED'],
    ['Canceled', 'CANCELED'],
    ['Received FOC', null],
    [undefined, null],
  ])('%j reads as %s', (label, status) => {
    expect(portOutNumberStatusFromLabel(label)).toBe(status);
  });

  it('names the reject reason of a rejected label only', () => {
    expect(portOutRejectReasonFromLabel('All data mismatch')).toBe('DATA_MISMATCH');
    expect(portOutRejectReasonFromLabel('Invalid account number')).toBe('INVALID_ACCOUNT_NUMBER');
    expect(portOutRejectReasonFromLabel('Approved')).toBeNull();
    expect(portOutRejectReasonFromLabel(null)).toBeNull();
  });
});
