import { describe, expect, it } from 'vitest';
import { tnReserve } from '../../../src/upstream/numbers/tn-reserve.js';
import { UpstreamError } from '../../../src/upstream/core/errors.js';

describe('request builders emit what the guide examples emit', () => {
  it('invalid TNs are refused before sending', () => {
    try {
      tnReserve.request({ tns: ['12345'] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UpstreamError);
      expect(error).toMatchObject({ kind: 'REJECTED', operation: 'tnReserve', statusCode: 'INVALID_INPUT' });
    }
  });
});
