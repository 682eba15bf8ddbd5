/**
 * End-to-end: updateTelephoneNumberFeatures (/tnFeatureOrder).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { TelephoneNumberDocument, UpdateTelephoneNumberFeaturesDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { INCOMPLETE_MS, FEATURE_MS, E911 } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();

describe('number changes', () => {
  it('a partial E911 or messaging change is refused on a number without that feature, allowed on one that has it', async () => {
    await stack.control.clearCalls();
    const partial = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: { numbers: [{ tn: '3123489654', features: { e911: { origCity: 'Evanston' }, messaging: { netNumberId: '123' } } }] },
      }),
    ).updateTelephoneNumberFeatures!;
    const fields = partial.userErrors.map((e) => e.path.slice(3).join('.'));
    expect(fields).toEqual([
      'features.e911.name',
      'features.e911.streetNumber',
      'features.e911.street',
      'features.e911.state',
      'features.e911.postalCode',
      'features.messaging.messageClass',
      'features.messaging.messageType',
    ]);
    expect(partial.userErrors.every((e) => e.code === 'REQUIRED')).toBe(true);
    expect(partial.userErrors[0]!.message).toMatch(/has no E911 yet/);
    expect(await stack.control.servicesCalls('tnFeatureOrder')).toEqual([]);
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(1);

    // With E911 in place, changing one field of it is a change like any other.
    ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, { input: { numbers: [{ tn: '3123489654', features: { e911: E911 } }] } }),
    );
    await stack.control.advance(INCOMPLETE_MS + FEATURE_MS);
    const moved = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: { numbers: [{ tn: '3123489654', features: { e911: { origLocation: 'Floor 14' } } }] },
      }),
    ).updateTelephoneNumberFeatures!;
    expect(moved.userErrors).toEqual([]);
    expect(await stack.control.servicesCalls('tnFeatureOrder')).toHaveLength(2);
  });

  it('updateTelephoneNumberFeatures adds, then removes, features', async () => {
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber?.features).toMatchObject({
      callerId: { callingName: null },
      e911: null,
    });

    const added = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: {
          numbers: [
            {
              tn: '3123489654',
              features: { callerId: { callingName: 'FRONT DESK' }, e911: E911, messaging: { messageClass: 'P2P', messageType: 'SMS' } },
            },
          ],
        },
      }),
    ).updateTelephoneNumberFeatures!;
    expect(added.userErrors).toEqual([]);
    expect(added.order).toMatchObject({ id: added.orderId, type: 'CHANGE', status: 'INCOMPLETE' });
    const [addCall] = await stack.control.servicesCalls('tnFeatureOrder');
    const addItem = (addCall!.body as any).tnFeatureOrder.tnList.tnItem;
    expect(addItem).toHaveLength(1);
    expect(String(addItem[0].tn)).toBe('3123489654');
    expect(addItem[0].tnFeature).toMatchObject({
      callerId: { callingName: 'FRONT DESK' },
      e911: { name: 'Acme Widgets' },
      messaging: { messageClass: 'P2P', messageType: 'SMS' },
    });

    await stack.control.advance(INCOMPLETE_MS + FEATURE_MS);
    const withFeatures = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber!;
    expect(withFeatures.features).toMatchObject({
      callerId: { callingName: 'FRONT DESK' },
      e911: { name: 'Acme Widgets', origCity: 'Chicago' },
      messaging: { messageClass: 'P2P', messageType: 'SMS' },
    });

    const removed = ok(
      await stack.request(UpdateTelephoneNumberFeaturesDocument, {
        input: { numbers: [{ tn: '3123489654', remove: { e911: true, messaging: true, callerId: true } }] },
      }),
    ).updateTelephoneNumberFeatures!;
    expect(removed.userErrors).toEqual([]);
    const [, removeCall] = await stack.control.servicesCalls('tnFeatureOrder');
    expect((removeCall!.body as any).tnFeatureOrder.tnList.tnItem[0].tnFeature).toMatchObject({
      callerId: { removeTnFeature: 'Y' },
      e911: { removeTnFeature: 'Y' },
      messaging: { removeTnFeature: 'Y' },
    });

    await stack.control.advance(INCOMPLETE_MS + FEATURE_MS);
    const without = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber!;
    expect(without.features).toMatchObject({ callerId: { callingName: null }, e911: null, messaging: null });
    expect(without.status).toBe('IN_SERVICE');
  });
});
