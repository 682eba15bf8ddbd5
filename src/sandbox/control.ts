/**
 * Control API for tests and benchmarks (no auth), under /_sandbox. Returns the HTTP status and
 * JSON body; the server does the I/O.
 */
import type { ControlResult } from './domain.js';
import { DOMAIN_CONTROL_ROUTES, ENDPOINTS, OPERATIONS } from './domains.js';
import type { Fault, SandboxRuntime } from './runtime.js';
import { isObject, isoDate } from './wire.js';

export type { ControlResult } from './domain.js';

const bad = (message: string): ControlResult => ({ httpStatus: 400, body: { error: message } });
const isDuration = (ms: unknown): ms is number => typeof ms === 'number' && Number.isFinite(ms) && ms >= 0;
const BAD_DURATION = bad('ms must be a non-negative number');

/** The routes every sandbox has; domains add their own (SandboxDomain.control). */
const COMMON_ROUTES: Readonly<Record<string, string>> = {
  'GET /_sandbox': 'This index.',
  'POST /_sandbox/reset': 'Back to the seeded state: { seed? }.',
  'GET /_sandbox/clock': 'The sandbox clock.',
  'POST /_sandbox/clock/advance': 'Move the clock on: { ms }.',
  'POST /_sandbox/latency': 'Delay every carrier answer: { ms }.',
  'POST /_sandbox/faults':
    'Make an operation fail: { operation ("tnDetail" or "*"), times?, httpStatus?, statusCode?, status?, dropConnection? }.',
  'GET /_sandbox/faults': 'The faults still pending.',
  'DELETE /_sandbox/faults': 'Drop every pending fault.',
  'GET /_sandbox/calls': 'The call log of carrier operations.',
  'DELETE /_sandbox/calls': 'Clear the call log.',
  'POST /_sandbox/tokens/revoke': 'Revoke every issued access token.',
  'GET /_sandbox/account': 'The account settings.',
  'POST /_sandbox/account': 'Change account settings, e.g. { maxReservedTns }.',
};

/** What `GET /_sandbox` lists: every control route, so the API explains itself. */
export const CONTROL_ROUTES: Readonly<Record<string, string>> = withDomainRoutes(COMMON_ROUTES);

function withDomainRoutes(common: Readonly<Record<string, string>>): Record<string, string> {
  const routes = { ...common };
  for (const [route, { description }] of DOMAIN_CONTROL_ROUTES) {
    // The switch below would answer it first, and the domain's handler would never run.
    if (route in routes) throw new Error(`Sandbox control route ${route} is a common route; a domain cannot add it`);
    routes[route] = description;
  }
  return routes;
}

export function handleControl(rt: SandboxRuntime, method: string, path: string, body: unknown): ControlResult {
  const b = isObject(body) ? body : {};
  const route = `${method} ${path.replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_sandbox':
      return { httpStatus: 200, body: { routes: CONTROL_ROUTES, operations: [...OPERATIONS.keys()].sort() } };
    case 'POST /_sandbox/reset': {
      if (b['seed'] !== undefined && !Number.isInteger(b['seed'])) return bad('seed must be an integer');
      rt.reset(b['seed'] as number | undefined);
      return { httpStatus: 200, body: { ok: true, seed: rt.seed, now: isoDate(rt.clock.now()) } };
    }
    case 'GET /_sandbox/clock':
      return { httpStatus: 200, body: { now: isoDate(rt.clock.now()), mode: rt.clock.mode } };
    case 'POST /_sandbox/clock/advance': {
      const ms = b['ms'];
      if (!isDuration(ms)) return BAD_DURATION;
      rt.clock.advance(ms);
      // Transitions that fell due inside the jump are applied now, so the reply's time is settled state.
      return { httpStatus: 200, body: { now: isoDate(rt.sync()) } };
    }
    case 'POST /_sandbox/latency': {
      const ms = b['ms'];
      if (!isDuration(ms)) return BAD_DURATION;
      rt.latencyMs = ms;
      return { httpStatus: 200, body: { ms } };
    }
    case 'POST /_sandbox/faults': {
      if (typeof b['operation'] !== 'string' || b['operation'] === '') return bad('operation is required ("*" for any)');
      const times = b['times'] === undefined ? 1 : b['times'];
      if (typeof times !== 'number' || !Number.isInteger(times) || times < 1) return bad('times must be a positive integer');
      const operation = b['operation'].replace(/^\//, '');
      // A typo would otherwise wait forever for a call that never comes.
      if (operation !== '*' && !OPERATIONS.has(operation) && !ENDPOINTS.has(operation))
        return bad(`unknown operation ${operation}: see GET /_sandbox for the list`);
      const fault: Fault = { operation, remaining: times };
      if (typeof b['httpStatus'] === 'number') fault.httpStatus = b['httpStatus'];
      if (b['statusCode'] !== undefined) fault.statusCode = String(b['statusCode']);
      if (typeof b['status'] === 'string') fault.status = b['status'];
      if (b['dropConnection'] === true) fault.dropConnection = true;
      rt.faults.push(fault);
      return { httpStatus: 200, body: { faults: rt.faults } };
    }
    case 'DELETE /_sandbox/faults':
      rt.faults = [];
      return { httpStatus: 200, body: { faults: [] } };
    case 'GET /_sandbox/faults':
      return { httpStatus: 200, body: { faults: rt.faults } };
    case 'GET /_sandbox/calls':
      return { httpStatus: 200, body: { calls: rt.calls } };
    case 'DELETE /_sandbox/calls':
      rt.calls = [];
      return { httpStatus: 200, body: { calls: [] } };
    case 'POST /_sandbox/tokens/revoke':
      rt.tokens.revokeAll();
      return { httpStatus: 200, body: { ok: true } };
    case 'GET /_sandbox/account':
      return { httpStatus: 200, body: { ...rt.state.account } };
    case 'POST /_sandbox/account': {
      if (b['wirelessEnabled'] !== undefined) {
        if (typeof b['wirelessEnabled'] !== 'boolean') return bad('wirelessEnabled must be a boolean');
        rt.state.account.wirelessEnabled = b['wirelessEnabled'];
      }
      if (b['maxReservedTns'] !== undefined) {
        const m = b['maxReservedTns'];
        if (typeof m !== 'number' || !Number.isInteger(m) || m < 0) return bad('maxReservedTns must be a non-negative integer');
        rt.state.account.maxReservedTns = m;
      }
      return { httpStatus: 200, body: { ...rt.state.account } };
    }
    default: {
      const served = DOMAIN_CONTROL_ROUTES.get(route);
      if (!served) return { httpStatus: 404, body: { error: `unknown control route ${route}` } };
      return served.control.handle({ state: rt.state, now: rt.clock.now() }, route, b);
    }
  }
}
