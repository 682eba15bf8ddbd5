import { describe, expect, it } from 'vitest';
import { portInAvailability } from '../../../src/upstream/port-in/port-in-availability.js';
import { PORT_IN_AVAILABILITY } from './guide-examples.js';

describe('/portInAvailability', () => {
  it('sends tn as a JSON number, returnServiceProviderName as a boolean and the flags as Y/N', () => {
    expect(portInAvailability.kind).toBe('read');
    expect(portInAvailability.request({ tns: ['334-878-9203'], withServiceProvider: true, wireless: true, onNetOnly: false })).toEqual({
      returnServiceProviderName: true,
      searchOnNetOnly: 'N',
      wireless: 'Y',
      tnList: { tnItem: [{ tn: 3348789203 }] },
    });
    expect(() => portInAvailability.request({ tns: ['12'] })).toThrow(/ten-digit/);
  });

  it('reads the guide example keyed by telephoneNumber', () => {
    expect(portInAvailability.parse(PORT_IN_AVAILABILITY, { tns: ['3348789203'] })).toEqual([
      {
        tn: '3129578428',
        portable: true,
        serviceProviderName: 'Level 3- SVR:8824/1',
        localRoutingNumber: '2246556199',
        rateCenterTier: '0',
      },
    ]);
  });
});
