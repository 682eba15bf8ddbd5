/** The per-domain contract: every domain folder is on the one list, and what each declares reaches the shared modules. */
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTROL_ROUTES } from '../../src/sandbox/control.js';
import { DOMAINS, DOMAIN_CONTROL_ROUTES, ENDPOINTS, OPERATIONS } from '../../src/sandbox/domains.js';
import { ROOT } from '../support/build.js';

const SANDBOX = join(ROOT, 'src/sandbox');

describe('sandbox domains (src/sandbox/domains.ts)', () => {
  it('lists every domain folder once, named after it', () => {
    const folders = readdirSync(SANDBOX, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(SANDBOX, e.name, 'index.ts')))
      .map((e) => e.name);
    expect(DOMAINS.map((d) => d.name).sort()).toEqual(folders.sort());
  });

  it("puts every domain's operations in the table", () => {
    for (const d of DOMAINS) for (const name of Object.keys(d.operations)) expect(OPERATIONS.get(name)).toBe(d.operations[name]);
    expect(OPERATIONS.size).toBe(DOMAINS.reduce((n, d) => n + Object.keys(d.operations).length, 0));
  });

  it("lists every domain's control routes in the GET /_sandbox index", () => {
    expect([...DOMAIN_CONTROL_ROUTES.keys()]).toEqual(
      expect.arrayContaining(['POST /_sandbox/port-in/numbers', 'POST /_sandbox/port-outs', 'GET /_sandbox/port-outs']),
    );
    for (const [route, { description }] of DOMAIN_CONTROL_ROUTES) expect(CONTROL_ROUTES[route]).toBe(description);
  });

  it('serves the health check as an endpoint of its own', () => {
    expect(ENDPOINTS.get('healthCheck')?.path.test('/HealthChecker/1.0.0/healthCheck')).toBe(true);
  });

  it('runs the port-out settlement as the only domain clock work, and lets port-ins and port-outs move their own orders', () => {
    expect(DOMAINS.filter((d) => d.tick).map((d) => d.name)).toEqual(['port-outs']);
    expect(DOMAINS.filter((d) => d.advancesOrder).map((d) => d.name)).toEqual(['port-in', 'port-outs']);
  });
});
