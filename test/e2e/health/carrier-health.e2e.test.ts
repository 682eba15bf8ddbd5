/** End-to-end: carrierHealth and /readyz ask the carrier's GET /healthCheck. */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('carrierHealth', () => {
  it('answers UP in one /healthCheck call', async () => {
    const data = ok(await stack.gql(`{ carrierHealth { status statusLabel latencyMs } }`));
    expect(data['carrierHealth']).toMatchObject({ status: 'UP', statusLabel: 'UP' });
    const calls = await stack.control.servicesCalls('healthCheck');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toEqual({});
  });

  it('/readyz asks it too, and is not ready while it fails', async () => {
    const readyz = stack.gateway.graphqlUrl.replace('/graphql', '/readyz');
    expect((await fetch(readyz)).status).toBe(200);
    expect(await stack.control.servicesCalls('healthCheck')).toHaveLength(1);
    await stack.control.fault({ operation: 'healthCheck', times: 3, httpStatus: 503 });
    const down = await fetch(readyz);
    expect(down.status).toBe(503);
    expect(await down.json()).toMatchObject({ ready: false, reason: 'upstream unavailable' });
  });
});
