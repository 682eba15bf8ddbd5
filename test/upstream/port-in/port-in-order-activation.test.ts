import { describe, expect, it } from 'vitest';
import { parseActivationStatus, portInOrderActivate } from '../../../src/upstream/port-in/port-in-order-activate.js';
import { portInOrderAvailableActivation } from '../../../src/upstream/port-in/port-in-order-available-activation.js';
import { ACTIVATE, AVAILABLE_ACTIVATION } from './guide-examples.js';

describe('/portInOrderAvailableActivation', () => {
  it('reads the groups with their FOC date (not ISO in the example) and numbers', () => {
    expect(portInOrderAvailableActivation.request({ orderId: '1085360' })).toEqual({ orderId: 1085360 });
    const groups = portInOrderAvailableActivation.parse(AVAILABLE_ACTIVATION, { orderId: '1085360' });
    expect(groups).toHaveLength(4);
    expect(groups[3]).toEqual({ tnGroup: 'Group ID 93457 - BellSouth/1', focDate: '2017-09-27', tns: ['2516530680', '2516530681'] });
  });
});

describe('/portInOrderActivate', () => {
  it('sends the groups as a list and parses the packed status into one result per group', () => {
    expect(portInOrderActivate.kind).toBe('write');
    const input = { order: { orderId: '1085360' }, tnGroups: ['Group ID 93453 - Ameritech/1', 'Group ID 93457 - BellSouth/1'] };
    expect(portInOrderActivate.request(input)).toEqual({ orderId: 1085360, tnGroup: input.tnGroups });
    expect(portInOrderActivate.parse(ACTIVATE, input)).toEqual([
      { tnGroup: 'Group ID 93453 - Ameritech/1', activated: false, message: 'TN group not available for portGroup ID 93453 - Ameritech/1' },
      { tnGroup: 'Group ID 93457 - BellSouth/1', activated: true },
    ]);
    expect(() => portInOrderActivate.request({ order: { orderId: '1' }, tnGroups: [] })).toThrow(/tnGroup/);
  });

  it('reads a plain "Success" as every group accepted, and nothing from an empty status', () => {
    expect(portInOrderActivate.parse({ statusCode: '200', status: 'Success' }, { order: { orderId: '1' }, tnGroups: ['A'] })).toEqual([
      { tnGroup: 'A', activated: true },
    ]);
    expect(parseActivationStatus(undefined)).toEqual([]);
  });
});
