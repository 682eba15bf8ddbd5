/**
 * The gateway's REST client against the sandbox, over real HTTP. The two are
 * independent readings of the guide (they share no code), so every assertion
 * in these suites is a place where both readings had to agree on the wire.
 */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { createCarrierApi, type CarrierApi } from '../../../src/upstream/client.js';
import { SandboxControl } from '../../support/sandbox-control.js';

export let sandbox: RunningSandbox;
export let control: SandboxControl;
export let api: CarrierApi;

/** Call once at the top of a test file: one sandbox per file, reset before each test. */
export function useSandbox(): void {
  beforeAll(async () => {
    sandbox = await startSandbox({ clock: 'manual' });
    control = new SandboxControl(sandbox.url);
    const { apiKey, apiSecret, privateKey } = sandbox.credentials;
    api = createCarrierApi({
      servicesUrl: sandbox.servicesUrl,
      auth: { mode: 'oauth2', tokenUrl: sandbox.tokenUrl, apiKey, apiSecret },
      privateKey,
      retryBaseDelayMs: 1,
    });
  });

  afterAll(async () => {
    await sandbox.close();
  });

  beforeEach(async () => {
    await control.reset();
  });
}

export async function availableTns(count: number, mask = '318xxxxxxx'): Promise<string[]> {
  const page = await api.numbers.tnInventory({ tnMask: mask, page: { size: count } });
  return page.items.slice(0, count).map((n) => n.tn);
}
