import { describe, expect, it } from 'vitest';
import { checkReadiness } from '../../src/server/health.js';
import { UpstreamError } from '../../src/upstream/core/errors.js';

describe('checkReadiness', () => {
  it('is ready when the ping answers', async () => {
    expect(await checkReadiness('sandbox', async () => {}, 1000)).toMatchObject({ status: 'ok', ready: true, upstream: 'sandbox' });
  });

  it('classifies every failure as "upstream <kind>", a timeout included, never with the raw message', async () => {
    const refused = await checkReadiness(
      'carrier',
      () => Promise.reject(new UpstreamError('UNAUTHENTICATED', 'ping', '401001', 'Invalid credentials')),
      1000,
    );
    expect(refused).toMatchObject({ status: 'unavailable', ready: false, reason: 'upstream unauthenticated' });
    const silent = await checkReadiness('carrier', () => new Promise(() => {}), 20);
    expect(silent).toMatchObject({ status: 'unavailable', ready: false, reason: 'upstream timeout' });
    const odd = await checkReadiness('carrier', () => Promise.reject(new Error('socket hang up with secret-token')), 1000);
    expect(odd.reason).toBe('upstream unavailable');
  });
});
