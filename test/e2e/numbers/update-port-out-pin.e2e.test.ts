/**
 * End-to-end: updatePortOutPin (/portOutPinUpdate); the PIN never appears in a response.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { TelephoneNumberDocument, UpdatePortOutPinDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('number changes', () => {
  it('updatePortOutPin sets a PIN that never appears in any response', async () => {
    const PIN = '86420';
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489655' })).telephoneNumber?.hasPortOutPin).toBe(false);

    const res = await stack.request(UpdatePortOutPinDocument, { input: { numbers: [{ tn: '3123489655', portOutPin: PIN }] } });
    expect(ok(res).updatePortOutPin).toEqual({ userErrors: [], excludedNumbers: [], numbers: [{ tn: '3123489655', hasPortOutPin: true }] });
    expect(JSON.stringify(res)).not.toContain(PIN);
    const [call] = await stack.control.servicesCalls('portOutPinUpdate');
    expect(call).toBeDefined();

    const read = await stack.request(TelephoneNumberDocument, { tn: '3123489655' });
    expect(ok(read).telephoneNumber?.hasPortOutPin).toBe(true);
    expect(JSON.stringify(read)).not.toContain(PIN);

    // No field of the schema exposes it either: search every scalar of the number.
    const everything = await stack.gql(`{ telephoneNumber(tn: "3123489655") { tn status note source activatedBy hasPortOutPin
      endUser { name } features { callerId { callingName } } } telephoneNumbers(filter: { tnMask: "3123489655" }) { nodes { hasPortOutPin note } } }`);
    expect(everything.errors).toBeUndefined();
    expect(JSON.stringify(everything)).not.toContain(PIN);
  });
});

describe('per-number refusals of immediate updates', () => {
  it('updatePortOutPin: the same for PINs', async () => {
    const res = await stack.request(UpdatePortOutPinDocument, {
      input: {
        numbers: [
          { tn: '9999999999', portOutPin: 'SECRET1' },
          { tn: '3123489655', portOutPin: 'SECRET2' },
        ],
      },
    });
    const data = ok(res).updatePortOutPin!;
    expect(data.userErrors).toEqual([
      { path: ['input', 'numbers', '0', 'tn'], code: 'EXCLUDED', message: expect.stringMatching(/9999999999.*not assigned/i) },
    ]);
    expect(data.excludedNumbers.map((e) => e.tn)).toEqual(['9999999999']);
    expect(data.numbers).toEqual([{ tn: '3123489655', hasPortOutPin: true }]);
    expect(JSON.stringify(res)).not.toMatch(/SECRET/);
  });
});
