/**
 * End-to-end: Order.excludedFeatures and Order.excludedE911Addresses (/excludedFeatureList, /excludedE911Detail).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { SANDBOX_CREDENTIALS } from '../../../src/sandbox/index.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

const BAD_ADDRESS = {
  name: 'Hope Trope',
  origStreetNum: '550',
  origStreetInfo: 'W Adams St',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '99999',
};

describe('order exclusions', () => {
  it("an order's excluded features and E911 addresses; a list of orders reads them once per order", async () => {
    // Placed straight at the sandbox: the gateway's feature mutation is another domain's.
    const auth = (await (
      await fetch(stack.sandbox.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: SANDBOX_CREDENTIALS.apiKey,
          client_secret: SANDBOX_CREDENTIALS.apiSecret,
          grant_type: 'client_credentials',
        }),
      })
    ).json()) as { access_token: string };
    const placed = (await (
      await fetch(`${stack.sandbox.servicesUrl}/tnFeatureOrder`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${auth.access_token}` },
        body: JSON.stringify({
          privateKey: SANDBOX_CREDENTIALS.privateKey,
          tnFeatureOrder: { tnList: { tnItem: [{ tn: 3124795862, tnFeature: { e911: BAD_ADDRESS } }] } },
        }),
      })
    ).json()) as { orderId: string };
    expect(placed.orderId).toMatch(/^\d+$/);
    await stack.control.advance(13_000);

    await stack.control.clearCalls();
    const order = ok(
      await stack.gql(
        `query($id: ID) { order(id: $id) {
          excludedFeatures { tn feature reason }
          excludedE911Addresses { tn name street city state postalCode location reasons excludedBy }
        } }`,
        { id: placed.orderId },
      ),
    ).order;
    expect(order.excludedFeatures).toEqual([
      { tn: '3124795862', feature: 'E911', reason: expect.stringMatching(/could not be validated/) },
    ]);
    expect(order.excludedE911Addresses).toEqual([
      {
        tn: '3124795862',
        name: 'Hope Trope',
        street: 'W Adams St',
        city: 'Chicago',
        state: 'IL',
        postalCode: '99999',
        location: null,
        reasons: [
          'The address given could not be validated.',
          'Please verify that the provided address is correct.',
          'Multiple addresses found (may be missing pre-directional)',
        ],
        excludedBy: 'api_user',
      },
    ]);

    await stack.control.clearCalls();
    const list = ok(await stack.gql(`{ orders(first: 5) { nodes { id excludedFeatures { tn } excludedE911Addresses { tn } } } }`)).orders;
    expect(list.nodes).toHaveLength(5);
    expect(list.nodes[0]).toMatchObject({ id: placed.orderId, excludedFeatures: [{ tn: '3124795862' }] });
    const features = await stack.control.servicesCalls('excludedFeatureList');
    const e911 = await stack.control.servicesCalls('excludedE911Detail');
    // One call per order per relation, never repeated for an order.
    expect(features).toHaveLength(5);
    expect(e911).toHaveLength(5);
    expect(new Set(features.map((c) => c.body!['orderId'])).size).toBe(5);
  });
});
