/**
 * End-to-end: reserveTelephoneNumbers, reservedTelephoneNumbers and releaseTelephoneNumbers.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  AvailableTelephoneNumbersDocument,
  ReleaseTelephoneNumbersDocument,
  ReservedTelephoneNumbersDocument,
  ReserveTelephoneNumbersDocument,
} from '../../generated/operations.js';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('reservations', () => {
  it('reserve → reservedTelephoneNumbers → release, with a TN the carrier excludes', async () => {
    // 3123489651 is assigned already: the carrier skips it.
    const reserved = ok(
      await stack.request(ReserveTelephoneNumbersDocument, { numbers: ['3184074100', '(318) 407-4101', '3123489651'] }),
    ).reserveTelephoneNumbers!;
    expect(reserved).toMatchObject({ requestedCount: 3, succeededCount: 2 });
    expect(reserved.excludedNumbers).toEqual([{ tn: '3123489651', code: 'EXCLUDED', reason: expect.stringMatching(/not available/) }]);
    expect(reserved.userErrors).toEqual([
      { path: ['input', 'numbers', '2'], code: 'EXCLUDED', message: expect.stringContaining('3123489651') },
    ]);
    expect(reserved.numbers.map((r) => r.tn).sort()).toEqual(['3184074100', '3184074101']);
    expect(reserved.numbers[0]!.rateCenter?.abbreviation).toBe('COLFAX');
    expect(await stack.control.servicesCalls('tnReserve')).toHaveLength(1);
    // One read of the reserved list: for the skipped number (do we hold it?) and for `numbers`.
    expect(await stack.control.servicesCalls('tnReservedList')).toHaveLength(1);

    // Reserving a number you already hold says so.
    const again = ok(await stack.request(ReserveTelephoneNumbersDocument, { numbers: ['3184074100'] })).reserveTelephoneNumbers!;
    expect(again.userErrors).toEqual([
      { path: ['input', 'numbers', '0'], code: 'ALREADY_RESERVED', message: expect.stringMatching(/already holds/) },
    ]);
    expect(again.excludedNumbers).toEqual([{ tn: '3184074100', code: 'ALREADY_RESERVED', reason: expect.stringMatching(/already holds/) }]);

    const list = ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!.nodes;
    expect(list.map((r) => r.tn)).toEqual(expect.arrayContaining(['3184074100', '3184074101']));
    expect(list.find((r) => r.tn === '3184074100')).toMatchObject({ city: 'COLFAX', wireless: false });

    // A reserved number is no longer available.
    const available = ok(
      await stack.request(AvailableTelephoneNumbersDocument, { search: { tnMask: '318407410x' }, first: 50 }),
    ).availableTelephoneNumbers!;
    expect(available.nodes.map((n) => n.tn)).not.toContain('3184074100');
    expect(available.totalCount).toBe(8);

    const released = ok(
      await stack.request(ReleaseTelephoneNumbersDocument, { numbers: ['3184074100', '3184074101'] }),
    ).releaseTelephoneNumbers!;
    expect(released).toEqual({
      userErrors: [],
      requestedCount: 2,
      succeededCount: 2,
      numbers: ['3184074100', '3184074101'],
      excludedNumbers: [],
    });
    const after = ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!.nodes;
    expect(after.map((r) => r.tn)).not.toContain('3184074100');
    expect(after.map((r) => r.tn)).not.toContain('3184074101');
  });

  it('reservations lapse after four hours of sandbox time', async () => {
    ok(await stack.request(ReserveTelephoneNumbersDocument, { numbers: ['6123453622'] }));
    expect(ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!.nodes.map((r) => r.tn)).toContain(
      '6123453622',
    );
    await stack.control.advance(4 * 60 * 60 * 1000 + 1);
    expect(ok(await stack.request(ReservedTelephoneNumbersDocument, {})).reservedTelephoneNumbers!.nodes.map((r) => r.tn)).not.toContain(
      '6123453622',
    );
  });
});
