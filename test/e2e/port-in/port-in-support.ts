/** Shared pieces of the port-in end-to-end tests. */
import type { Stack } from '../../support/stack.js';

/** Numbers held by other carriers (outside the sandbox's seeded inventory). */
export const FOREIGN = ['3129578401', '3129578402', '3129578403'];
export const DAY = 24 * 60 * 60 * 1000;

/** Chooses, in the sandbox, how the losing carrier treats numbers (control API, test/sandbox/port-in). */
export async function choose(stack: Stack, tns: string[], change: Record<string, unknown>): Promise<void> {
  const res = await fetch(`${stack.control.url}/_sandbox/port-in/numbers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tns, ...change }),
  });
  if (!res.ok) throw new Error(`port-in control: HTTP ${res.status}`);
}

/** The gateway checks dates against today's date; the manual sandbox clock starts earlier. */
export const daysFromToday = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);

export const numberInput = (tn: string, extra: Record<string, unknown> = {}) => ({
  tn,
  trunkGroupName: 'CHCGIL24CL1_897',
  accountNumber: '12345',
  accountTelephoneNumber: '8009247586',
  accountPin: '9876',
  authName: 'Jean Blues',
  authDate: '2025-01-01',
  endUser: {
    name: 'Jean Blues',
    streetNum: '101',
    streetName: 'Main',
    city: 'Miami',
    state: 'FL',
    postalCode: '33124',
    typeOfService: 'BUSINESS',
  },
  ...extra,
});

export const ORDER_PORT_IN = `mutation($input: OrderPortInInput!) {
  orderPortIn(input: $input) { orderId userErrors { path message code } order { id status counts { total } } }
}`;
