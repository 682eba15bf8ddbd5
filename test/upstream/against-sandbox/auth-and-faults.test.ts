import { describe, expect, it } from 'vitest';
import { createCarrierApi } from '../../../src/upstream/client.js';
import { sandbox, control, api, availableTns, useSandbox } from './sandbox-harness.js';

useSandbox();

describe('auth and faults', () => {
  it('lists trunk groups, refreshing a revoked token once', async () => {
    expect(await api.trunkGroups.trunkGroupSearchAssigned()).toContain('CHCGIL24CL1_897');
    await control.revokeTokens();
    await control.clearCalls();
    expect(await api.trunkGroups.trunkGroupSearchAssigned()).toContain('CHCGIL24CL1_897');
    const ops = (await control.calls()).map((c) => c.operation);
    expect(ops).toEqual(['trunkGroupSearchAssigned', 'oauth2/token', 'trunkGroupSearchAssigned']);
  });

  it('retries a read through an injected 500, but never a write', async () => {
    await control.fault({ operation: 'trunkGroupSearchAssigned', times: 1, httpStatus: 500 });
    expect(await api.trunkGroups.trunkGroupSearchAssigned()).toContain('CHCGIL24CL1_897');

    const [tn] = await availableTns(1);
    await control.fault({ operation: 'tnReserve', times: 1, httpStatus: 500 });
    await control.clearCalls();
    await expect(api.numbers.tnReserve({ tns: [tn!] })).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
    expect(await control.servicesCalls('tnReserve')).toHaveLength(1);
  });

  it('refuses a wrong private key as UNAUTHENTICATED, without echoing it', async () => {
    const { apiKey, apiSecret } = sandbox.credentials;
    const wrong = createCarrierApi({
      servicesUrl: sandbox.servicesUrl,
      auth: { mode: 'basic', apiKey, apiSecret },
      privateKey: 'not-the-key-xyz',
    });
    const error = await wrong.trunkGroups.trunkGroupSearchAssigned().catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'UNAUTHENTICATED', statusCode: '410' });
    expect(JSON.stringify(error) + String(error)).not.toContain('not-the-key-xyz');
  });
});
