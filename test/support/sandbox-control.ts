/** The sandbox's control API (/_sandbox/…), over HTTP, for tests. */

export interface UpstreamCall {
  seq: number;
  operation: string;
  version?: string;
  auth?: string;
  body?: Record<string, any>;
  statusCode?: string;
  at?: string;
}

export class SandboxControl {
  constructor(readonly url: string) {}

  private async send(method: string, path: string, body?: unknown): Promise<any> {
    const res = await fetch(`${this.url}/_sandbox${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) throw new Error(`sandbox control ${method} ${path}: HTTP ${res.status} ${await res.text()}`);
    const text = await res.text();
    return text ? JSON.parse(text) : undefined;
  }

  reset(seed?: number) {
    return this.send('POST', '/reset', seed === undefined ? {} : { seed });
  }
  advance(ms: number) {
    return this.send('POST', '/clock/advance', { ms });
  }
  latency(ms: number) {
    return this.send('POST', '/latency', { ms });
  }
  fault(fault: { operation: string; times?: number; httpStatus?: number; statusCode?: string; status?: string; dropConnection?: boolean }) {
    return this.send('POST', '/faults', fault);
  }
  clearFaults() {
    return this.send('DELETE', '/faults');
  }
  revokeTokens() {
    return this.send('POST', '/tokens/revoke');
  }
  account(settings: { wirelessEnabled?: boolean; maxReservedTns?: number }) {
    return this.send('POST', '/account', settings);
  }
  async calls(): Promise<UpstreamCall[]> {
    return (await this.send('GET', '/calls')).calls;
  }
  clearCalls() {
    return this.send('DELETE', '/calls');
  }
  /** Services calls (token requests left out), optionally of one operation. */
  async servicesCalls(operation?: string): Promise<UpstreamCall[]> {
    const calls = (await this.calls()).filter((c) => c.operation !== 'oauth2/token');
    return operation ? calls.filter((c) => c.operation === operation) : calls;
  }
}
