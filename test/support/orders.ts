/** Order helpers shared by the orders end-to-end suites. */
import { expect } from 'vitest';
import { OrderByIdDocument, OrderTelephoneNumbersDocument } from '../generated/operations.js';
import { ok } from './assertions.js';
import { E911_WITHOUT_LOCATION } from './sandbox-fixtures.js';
import type { Stack } from './stack.js';

export const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function orderHelpers(stack: Stack) {
  /** Places a /tnOrder with features (so the carrier creates an order) and returns its id. */
  async function placeFeatureOrder(customerOrderReference: string, tns: string[], extra: { tn: string }[] = []): Promise<string> {
    const data = ok(
      await stack.request(OrderTelephoneNumbersDocument, {
        input: {
          customerOrderReference,
          numbers: [
            ...tns.map((tn, i) => ({
              tn,
              trunkGroupName: 'CHCGIL24CL1_898',
              features:
                i === 0
                  ? {
                      callerId: { callingName: 'ACME' },
                      e911: E911_WITHOUT_LOCATION,
                      messaging: { messageClass: 'P2P' as const, messageType: 'SMS' as const },
                    }
                  : { callerId: { callingName: 'ACME' } },
            })),
            ...extra,
          ],
        },
      }),
    ).orderTelephoneNumbers!;
    expect(data.orderId).toMatch(/^\d+$/);
    return data.orderId!;
  }

  const orderStatus = async (id: string) => ok(await stack.request(OrderByIdDocument, { id })).order?.status;

  /** The sandbox's (manual) clock, ISO-8601 UTC. */
  async function sandboxNow(): Promise<string> {
    const res = await fetch(`${stack.sandbox.url}/_sandbox/clock`);
    return ((await res.json()) as { now: string }).now;
  }

  return { placeFeatureOrder, orderStatus, sandboxNow };
}
