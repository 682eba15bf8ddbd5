import type { Harness, J } from '../helpers.js';

/** Numbers held by other carriers (outside the sandbox's seeded inventory, checked by the tests). */
export const FOREIGN = ['3129578401', '3129578402', '3129578403'];

/** The sandbox's day, `days` from now, as YYYY-MM-DD (the manual clock keeps running across resets). */
export async function day(h: Harness, days = 0): Promise<string> {
  const now = Date.parse((await h.control('GET', 'clock')).now as string);
  return new Date(now + days * DAY).toISOString().slice(0, 10);
}

export const portItem = (tn: string, extra: J = {}): J => ({
  tn: Number(tn),
  trunkGroup: 'CHCGIL24CL1_897',
  accountNum: '12345',
  atn: '8009247586',
  authName: 'Jean Blues',
  authDate: '2025-01-01',
  endUser: {
    name: 'Jean Blues',
    streetNum: '101',
    streetName: 'Main',
    streetType: 'St',
    city: 'Miami',
    state: 'FL',
    postalCode: '33124',
    typeOfService: 'B',
  },
  ...extra,
});

/** A port-in of `tns` due in four days. */
export const orderPortIn = async (h: Harness, tns: string[], extra: J = {}) =>
  h.call('portInOrder', { portInOrder: { desiredDueDate: await day(h, 4), ...extra, tnList: { tnItem: tns.map((tn) => portItem(tn)) } } });

/** Chooses the losing carrier's answer for numbers (null: FOC, a reason: jeopardy). */
export const choose = (h: Harness, tns: string[], change: J) => h.control('POST', 'port-in/numbers', { tns, ...change });

export const DAY = 24 * 60 * 60 * 1000;
