/**
 * End-to-end: the limits on mutation inputs (lengths, allowed characters, list sizes, duplicates) that
 * several number mutations share. A refused input never reaches the carrier.
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  DisconnectTelephoneNumbersDocument,
  OrderTelephoneNumbersDocument,
  ReleaseTelephoneNumbersDocument,
  ReserveTelephoneNumbersDocument,
  UpdatePortOutPinDocument,
  UpdateTelephoneNumberFeaturesDocument,
  UpdateTelephoneNumberNoteDocument,
  UpdateTelephoneNumberTrunkGroupDocument,
  type OrderTelephoneNumbersMutationVariables,
} from '../../generated/operations.js';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { E911 } from '../../support/sandbox-fixtures.js';

const stack = stackPerTest();

describe('validation: nothing reaches the carrier', () => {
  const orderInvalid = async (input: OrderTelephoneNumbersMutationVariables['input']) => {
    const data = ok(
      await withoutUpstreamCalls(stack, () => stack.request(OrderTelephoneNumbersDocument, { input })),
    ).orderTelephoneNumbers!;
    expect(data.orderId).toBeNull();
    expect(data.order).toBeNull();
    expect(data.numbers).toEqual([]);
    return data.userErrors;
  };

  it('callingName over 15 characters, or without a letter, is a userError', async () => {
    const tooLong = await orderInvalid({ numbers: [{ tn: '6123453622', features: { callerId: { callingName: 'ACME WIDGETS INTL' } } }] });
    expect(tooLong).toEqual([
      {
        path: ['input', 'numbers', '0', 'features', 'callerId', 'callingName'],
        code: 'TOO_LONG',
        message: expect.stringMatching(/at most 15 characters \(got 17\)/),
      },
    ]);
    const noLetter = await orderInvalid({ numbers: [{ tn: '6123453622', features: { callerId: { callingName: '555-0100' } } }] });
    expect(noLetter).toEqual([
      {
        path: ['input', 'numbers', '0', 'features', 'callerId', 'callingName'],
        code: 'INVALID',
        message: expect.stringMatching(/at least one letter/),
      },
    ]);
    // The same rule on a feature change.
    const change = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberFeaturesDocument, {
          input: { numbers: [{ tn: '3123489651', features: { callerId: { callingName: '1234567' } } }] },
        }),
      ),
    ).updateTelephoneNumberFeatures!;
    expect(change.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.numbers.0.features.callerId.callingName', 'INVALID'],
    ]);
  });

  it('an E911 name over 32 characters is a userError', async () => {
    const errors = await orderInvalid({ numbers: [{ tn: '6123453622', features: { e911: { ...E911, name: 'A'.repeat(33) } } }] });
    expect(errors).toEqual([
      {
        path: ['input', 'numbers', '0', 'features', 'e911', 'name'],
        code: 'TOO_LONG',
        message: expect.stringMatching(/at most 32 characters \(got 33\)/),
      },
    ]);
  });

  it('a non-alphanumeric customerOrderReference is a userError', async () => {
    const errors = await orderInvalid({ customerOrderReference: 'PO-1234', numbers: [{ tn: '6123453622' }] });
    expect(errors).toEqual([
      { path: ['input', 'customerOrderReference'], code: 'INVALID', message: expect.stringMatching(/alphanumeric/) },
    ]);

    const disconnect = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(DisconnectTelephoneNumbersDocument, { input: { customerOrderReference: 'bye bye', tns: ['3123489651'] } }),
      ),
    ).disconnectTelephoneNumbers!;
    expect(disconnect.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([['input.customerOrderReference', 'INVALID']]);
    expect(disconnect.orderId).toBeNull();
  });

  it('an empty TN list is a userError', async () => {
    const reserve = ok(
      await withoutUpstreamCalls(stack, () => stack.request(ReserveTelephoneNumbersDocument, { numbers: [] })),
    ).reserveTelephoneNumbers!;
    expect(reserve.userErrors).toEqual([
      { path: ['input', 'numbers'], code: 'REQUIRED', message: expect.stringMatching(/at least one telephone number/i) },
    ]);
    expect(reserve.succeededCount).toBe(0);
    const order = await orderInvalid({ numbers: [] });
    expect(order).toEqual([{ path: ['input', 'numbers'], code: 'REQUIRED', message: expect.stringMatching(/at least one/i) }]);
    const disconnect = ok(
      await withoutUpstreamCalls(stack, () => stack.request(DisconnectTelephoneNumbersDocument, { input: { tns: [] } })),
    ).disconnectTelephoneNumbers!;
    expect(disconnect.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([['input.tns', 'REQUIRED']]);
  });

  it('duplicate TNs (also after normalisation) are a userError', async () => {
    const reserve = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(ReserveTelephoneNumbersDocument, { numbers: ['3184074100', '+1 318-407-4100'] }),
      ),
    ).reserveTelephoneNumbers!;
    expect(reserve.userErrors).toEqual([
      {
        path: ['input', 'numbers', '1'],
        code: 'DUPLICATE',
        message: expect.stringMatching(/3184074100 appears more than once \(first at input\.numbers\[0\]\)/),
      },
    ]);
    const order = await orderInvalid({ numbers: [{ tn: '6123453622' }, { tn: '6123453623' }, { tn: '(612) 345-3622' }] });
    expect(order).toEqual([{ path: ['input', 'numbers', '2', 'tn'], code: 'DUPLICATE', message: expect.stringContaining('6123453622') }]);
  });

  it("one note limit (4000, the documents' tnNote limit) wherever a note is set", async () => {
    const tooLong = 'n'.repeat(4001);
    const order = await orderInvalid({ numbers: [{ tn: '6123453622', note: tooLong }] });
    expect(order).toEqual([
      {
        path: ['input', 'numbers', '0', 'note'],
        code: 'TOO_LONG',
        message: expect.stringMatching(/at most 4000 characters \(got 4001\)/),
      },
    ]);
    const update = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: [{ tn: '3123489651', note: tooLong }] } }),
      ),
    ).updateTelephoneNumberNote!;
    expect(update.userErrors).toEqual([
      { path: ['input', 'numbers', '0', 'note'], code: 'TOO_LONG', message: expect.stringMatching(/at most 4000 characters/) },
    ]);
    expect(update.numbers).toEqual([]);

    // Within the limit, a long note goes through and is read back whole.
    const long = 'm'.repeat(2000);
    const applied = ok(
      await stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: [{ tn: '3123489651', note: long }] } }),
    ).updateTelephoneNumberNote!;
    expect(applied.userErrors).toEqual([]);
    expect(applied.numbers[0]!.note).toBe(long);
  });

  it('trunk group names of more than 100 characters are a userError', async () => {
    const name = 'T'.repeat(300);
    const order = await orderInvalid({ numbers: [{ tn: '6123453622', trunkGroupName: name }] });
    expect(order).toEqual([
      {
        path: ['input', 'numbers', '0', 'trunkGroupName'],
        code: 'TOO_LONG',
        message: expect.stringMatching(/at most 100 characters \(got 300\)/),
      },
    ]);
    const move = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberTrunkGroupDocument, {
          input: {
            numbers: [
              { tn: '3124795863', trunkGroupName: name },
              { tn: '3124795862', trunkGroupName: ' ' },
            ],
          },
        }),
      ),
    ).updateTelephoneNumberTrunkGroup!;
    expect(move.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.numbers.0.trunkGroupName', 'TOO_LONG'],
      ['input.numbers.1.trunkGroupName', 'REQUIRED'],
    ]);
    expect(move.orderId).toBeNull();
  });

  it('a customerOrderReference of more than 50 characters is a userError', async () => {
    const errors = await orderInvalid({ customerOrderReference: 'R'.repeat(300), numbers: [{ tn: '6123453622' }] });
    expect(errors).toEqual([
      { path: ['input', 'customerOrderReference'], code: 'TOO_LONG', message: expect.stringMatching(/at most 50 characters \(got 300\)/) },
    ]);
    const disconnect = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(DisconnectTelephoneNumbersDocument, { input: { customerOrderReference: 'R'.repeat(51), tns: ['3123489651'] } }),
      ),
    ).disconnectTelephoneNumbers!;
    expect(disconnect.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([['input.customerOrderReference', 'TOO_LONG']]);
  });

  it('too many numbers in one request is a userError on the list (5000 reservations: one error, no call)', async () => {
    const tns = (n: number) => Array.from({ length: n }, (_, i) => String(3182000000 + i));
    const reserve = ok(
      await withoutUpstreamCalls(stack, () => stack.request(ReserveTelephoneNumbersDocument, { numbers: tns(5000) })),
    ).reserveTelephoneNumbers!;
    expect(reserve.userErrors).toEqual([
      {
        path: ['input', 'numbers'],
        code: 'TOO_LONG',
        message: expect.stringMatching(/At most 1000 telephone numbers per request \(got 5000\)/),
      },
    ]);
    expect(reserve.succeededCount).toBe(0);

    const release = ok(
      await withoutUpstreamCalls(stack, () => stack.request(ReleaseTelephoneNumbersDocument, { numbers: tns(1001) })),
    ).releaseTelephoneNumbers!;
    expect(release.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([['input.numbers', 'TOO_LONG']]);

    const notes = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdateTelephoneNumberNoteDocument, { input: { numbers: tns(1001).map((tn) => ({ tn, note: 'n' })) } }),
      ),
    ).updateTelephoneNumberNote!;
    expect(notes.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([['input.numbers', 'TOO_LONG']]);

    const pins = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.request(UpdatePortOutPinDocument, { input: { numbers: tns(1001).map((tn) => ({ tn, portOutPin: '1' })) } }),
      ),
    ).updatePortOutPin!;
    expect(pins.userErrors.map((e) => [e.path.join('.'), e.code])).toEqual([['input.numbers', 'TOO_LONG']]);

    // At the limit, the request goes out (as one call).
    const atLimit = ok(await stack.request(ReserveTelephoneNumbersDocument, { numbers: tns(1000) })).reserveTelephoneNumbers!;
    expect(atLimit.requestedCount).toBe(1000);
    expect(await stack.control.servicesCalls('tnReserve')).toHaveLength(1);
  });

  it('reports every problem of one input at once', async () => {
    const errors = await orderInvalid({
      customerOrderReference: 'a_b',
      numbers: [
        { tn: '6123453622', features: { callerId: { callingName: 'X'.repeat(16) }, e911: { ...E911, name: 'N'.repeat(40) } } },
        { tn: '6123453622' },
      ],
    });
    expect(errors.map((e) => [e.path.join('.'), e.code])).toEqual([
      ['input.customerOrderReference', 'INVALID'],
      ['input.numbers.1.tn', 'DUPLICATE'],
      ['input.numbers.0.features.callerId.callingName', 'TOO_LONG'],
      ['input.numbers.0.features.e911.name', 'TOO_LONG'],
    ]);
  });
});
