import { describe, expect, it } from 'vitest';
import { healthCheck } from '../../../src/upstream/health/health-check.js';
import { Transport } from '../../../src/upstream/core/transport.js';

describe('/healthCheck', () => {
  it("reads the guide's example answer", () => {
    expect(healthCheck.parse({ status: 'UP', statusCode: '200' })).toEqual({ status: 'UP', statusCode: '200' });
  });

  it('is a GET on its own base path, with no body and no privateKey', async () => {
    const seen: { method: string; url: string; options: Record<string, unknown> }[] = [];
    const answer = async () => ({ statusCode: 200, body: '{"status":"UP","statusCode":"200"}', headers: {} });
    const http = {
      get: (url: string, options: Record<string, unknown>) => (seen.push({ method: 'GET', url, options }), answer()),
      post: (url: string, options: Record<string, unknown>) => (seen.push({ method: 'POST', url, options }), answer()),
    };
    const transport = new Transport({
      servicesUrl: 'https://services-sandbox.inteliquent.com/Services/2.0.0',
      auth: { mode: 'basic', apiKey: 'k', apiSecret: 's' },
      privateKey: 'pk-secret',
      http: http as never,
    });
    expect(await healthCheck.invoke(transport, undefined)).toEqual({ status: 'UP', statusCode: '200' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'GET', url: 'https://services-sandbox.inteliquent.com/HealthChecker/1.0.0/healthCheck' });
    expect(seen[0]!.options['json']).toBeUndefined();
    expect(JSON.stringify(seen[0]!.options)).not.toContain('pk-secret');
  });
});
