/**
 * End-to-end: the telephoneNumber query.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { ReserveTelephoneNumbersDocument, TelephoneNumberDocument } from '../../generated/operations.js';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('telephoneNumber', () => {
  it('returns an assigned number with rate center, trunk group, features and hasPortOutPin', async () => {
    const data = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489651' }));
    expect(data.telephoneNumber).toEqual({
      tn: '3123489651',
      status: 'IN_SERVICE',
      trunkGroupName: 'CHCGIL24CL1_897',
      trunkGroup: { name: 'CHCGIL24CL1_897' },
      hasPortOutPin: true,
      note: null,
      rateCenter: { abbreviation: 'CHICAGO', name: 'CHICAGO', lata: '358', province: 'IL', tier: 'TIER_0' },
      features: {
        callerId: { callingName: null, cnamDip: true },
        directoryListing: null,
        e911: expect.objectContaining({ name: 'Sam Khan', origCity: 'Chicago', origState: 'IL' }),
        messaging: null,
      },
    });
    // One /tnDetail call for exactly this TN.
    const calls = await stack.control.servicesCalls();
    expect(calls.map((c) => c.operation)).toEqual(['tnDetail']);
    expect(calls[0]!.body).toMatchObject({ tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] } });
  });

  it('shows calling name, messaging and note where the number has them', async () => {
    const data = ok(await stack.request(TelephoneNumberDocument, { tn: '3123489653' }));
    expect(data.telephoneNumber).toMatchObject({
      tn: '3123489653',
      hasPortOutPin: false,
      note: 'Fax',
      features: { callerId: { callingName: 'GRACE NG' }, messaging: { messageClass: 'P2P', messageType: 'SMSMMS' }, e911: null },
    });
  });

  it('is null for a number not assigned to the account (inventory number)', async () => {
    const res = await stack.request(TelephoneNumberDocument, { tn: '3184074100' });
    expect(ok(res).telephoneNumber).toBeNull();
    expect(res.errors).toBeUndefined();
  });

  it('normalises "+1 (312) 348-9651" and sends ten digits upstream', async () => {
    const data = ok(await stack.request(TelephoneNumberDocument, { tn: '+1 (312) 348-9651' }));
    expect(data.telephoneNumber?.tn).toBe('3123489651');
    const [call] = await stack.control.servicesCalls('tnDetail');
    expect(call!.body).toMatchObject({ tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] } });
  });

  it('serves a repeated read from the cache (one upstream call for two requests)', async () => {
    ok(await stack.request(TelephoneNumberDocument, { tn: '3123489652' }));
    ok(await stack.request(TelephoneNumberDocument, { tn: '3123489652' }));
    expect(await stack.control.servicesCalls('tnDetail')).toHaveLength(1);
  });
});

describe('validation: nothing reaches the carrier', () => {
  it('a 9-digit TN is BAD_USER_INPUT (as a variable and inline)', async () => {
    const res = await withoutUpstreamCalls(stack, () => stack.request(TelephoneNumberDocument, { tn: '312348965' }));
    const error = onlyError(res);
    expect(error.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(/ten-digit/);
    expect(error.message).toContain('9 digits');

    const inline = await withoutUpstreamCalls(stack, () => stack.gql(`{ telephoneNumber(tn: "312348965") { tn } }`));
    expect(onlyError(inline).extensions?.code).toBe('BAD_USER_INPUT');
    expect(onlyError(inline).message).toContain('9 digits');

    const inMutation = await withoutUpstreamCalls(stack, () =>
      stack.request(ReserveTelephoneNumbersDocument, { numbers: ['3184074100', '318407410'] }),
    );
    expect(onlyError(inMutation).extensions?.code).toBe('BAD_USER_INPUT');
  });
});
