/**
 * End-to-end: updateTelephoneNumberNote (/tnNoteUpdate).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import { TelephoneNumberDocument, TelephoneNumbersDocument, UpdateTelephoneNumberNoteDocument } from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('number changes', () => {
  it('updateTelephoneNumberNote: the new note is read back at once (cache invalidated)', async () => {
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber?.note).toBe('Sales');
    const data = ok(
      await stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: [{ tn: '3123489654', note: 'Reception desk' }] } }),
    ).updateTelephoneNumberNote!;
    expect(data).toEqual({ userErrors: [], excludedNumbers: [], numbers: [{ tn: '3123489654', note: 'Reception desk' }] });
    expect(ok(await stack.request(TelephoneNumberDocument, { tn: '3123489654' })).telephoneNumber?.note).toBe('Reception desk');
    const found = ok(await stack.request(TelephoneNumbersDocument, { filter: { noteContains: 'Reception' } })).telephoneNumbers!;
    expect(found.edges.map((e) => e.node.tn)).toEqual(['3123489654']);
  });
});

describe('per-number refusals of immediate updates', () => {
  it('updateTelephoneNumberNote: a number the carrier refuses is an EXCLUDED userError on its tn; the others are updated', async () => {
    const data = ok(
      await stack.request(UpdateTelephoneNumberNoteDocument, {
        input: {
          numbers: [
            { tn: '3123489651', note: 'ok' },
            { tn: '9999999999', note: 'x' },
          ],
        },
      }),
    ).updateTelephoneNumberNote!;
    expect(data.userErrors).toEqual([
      { path: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED', message: expect.stringMatching(/9999999999.*not assigned/i) },
    ]);
    expect(data.excludedNumbers).toEqual([{ tn: '9999999999', reason: expect.stringMatching(/not assigned/i), orderId: null }]);
    expect(data.numbers).toEqual([{ tn: '3123489651', note: 'ok' }]);
    // The carrier's answer carried the refusal in `status` with statusCode 200.
    const [call] = await stack.control.servicesCalls('tnNoteUpdate');
    expect(call!.statusCode).toBe('200');
  });
});
