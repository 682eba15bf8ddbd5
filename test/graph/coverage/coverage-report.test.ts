/** The coverage report reads a description's trailing "Carrier: /op, /op." line, and nothing else. */
import { describe, expect, it } from 'vitest';
import { carrierOperationsOf, describe as describeField } from '../../../src/graph/common/description.js';
import { operationsOf } from '../../../src/graph/coverage/coverage-report.js';

describe('Carrier line', () => {
  it('is written as the last line and read back', () => {
    const text = describeField('Numbers you can order right now.', '/tnInventory', '/tnReservedList');
    expect(text).toBe('Numbers you can order right now.\n\nCarrier: /tnInventory, /tnReservedList.');
    expect(carrierOperationsOf(text)).toEqual(['tnInventory', 'tnReservedList']);
    expect(describeField('No carrier call.')).toBe('No carrier call.');
  });

  it('is only read on its own last line', () => {
    expect(carrierOperationsOf('Carrier: /tnDetail. More text after it.')).toEqual([]);
  });

  it('the report reads the Carrier line only, not operations named in the prose', () => {
    expect(operationsOf('An order (/orderDetail, batched).')).toEqual([]);
    expect(operationsOf('An order.\nCarrier: /orderDetail, /orderNote.')).toEqual(['orderDetail', 'orderNote']);
    expect(operationsOf(null)).toEqual([]);
  });
});
