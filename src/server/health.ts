/**
 * Liveness says the process answers; readiness says the upstream answers an
 * authenticated call (so a bad key or an unreachable carrier shows up here
 * rather than in the first user query).
 */
export interface ReadinessReport {
  /** Same key as /healthz's body, so one probe parser reads both. */
  status: 'ok' | 'unavailable';
  ready: boolean;
  upstream: 'sandbox' | 'carrier';
  latencyMs: number;
  /**
   * A classified reason, never the carrier's raw answer or a credential:
   * "upstream " + the failure kind in lower case (unauthenticated, rejected,
   * not_found, limit_exceeded, unavailable, timeout).
   */
  reason?: string;
}

/**
 * `carrierHealth` (the carrier's own /healthCheck, optional) runs after the ping: the ping proves
 * our credentials, the health check the carrier's services tier; a status other than "UP" is not ready.
 */
export async function checkReadiness(
  upstream: ReadinessReport['upstream'],
  ping: () => Promise<void>,
  timeoutMs: number,
  carrierHealth?: () => Promise<string | undefined>,
): Promise<ReadinessReport> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      ping().then(async () => {
        const status = carrierHealth ? await carrierHealth() : 'UP';
        if (status?.toUpperCase() !== 'UP') throw Object.assign(new Error('carrier health is not UP'), { kind: 'DOWN' });
      }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${timeoutMs} ms`), { kind: 'TIMEOUT' })), timeoutMs);
      }),
    ]);
    return { status: 'ok', ready: true, upstream, latencyMs: Math.round(performance.now() - started) };
  } catch (error) {
    const kind = error instanceof Error && 'kind' in error ? String((error as { kind: unknown }).kind) : 'UNAVAILABLE';
    const reason = `upstream ${kind.toLowerCase()}`;
    return { status: 'unavailable', ready: false, upstream, latencyMs: Math.round(performance.now() - started), reason };
  } finally {
    clearTimeout(timer);
  }
}
