/** End-to-end: validate an address with a typo, provision the corrected one, read it back on the number, remove it. */
import { describe, expect, it } from 'vitest';
import { ok, onlyError, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();
const TN = '3123489651';
const TYPO = '{ name: "James Holden", streetNumber: "550", street: "W Adams", city: "Chicago", state: "IL", postalCode: "60601" }';

describe('validateE911Address', () => {
  it('a typo comes back CORRECTED with the corrected address, in one /addressValidate call', async () => {
    const data = ok(
      await stack.gql(
        `{ validateE911Address(address: ${TYPO}) { result resultLabel messages corrected { streetNumber street city state postalCode } candidates { street } } }`,
      ),
    );
    expect(data['validateE911Address']).toEqual({
      result: 'CORRECTED',
      resultLabel: 'Corrected to valid address|Corrected ZIP Code|Changed address component',
      messages: ['Corrected to valid address', 'Corrected ZIP Code', 'Changed address component'],
      corrected: { streetNumber: '550', street: 'W Adams St', city: 'Chicago', state: 'IL', postalCode: '60661' },
      candidates: [],
    });
    expect(await stack.control.servicesCalls('addressValidate')).toHaveLength(1);
  });

  it('with a number, an ambiguous street is INVALID with its candidates, through /tnE911Validate', async () => {
    const data = ok(
      await stack.gql(
        `{ validateE911Address(tn: "${TN}", address: { name: "Test User", streetNumber: "318", street: "28th", city: "Tucson", state: "AZ", postalCode: "85713" }) { result candidates { street postalCodePlusFour country } } }`,
      ),
    );
    expect(data['validateE911Address']).toEqual({
      result: 'INVALID',
      candidates: [
        { street: 'W 28th St', postalCodePlusFour: '2848', country: 'USA' },
        { street: 'E 28th St', postalCodePlusFour: '2942', country: 'USA' },
      ],
    });
    const [call] = await stack.control.servicesCalls('tnE911Validate');
    expect(call!.body).toMatchObject({ tn: TN, name: 'Test User', streetNum: '318', streetInfo: '28th' });
  });

  it('a missing street and an over-long city are BAD_USER_INPUT before any call', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(
        `{ validateE911Address(address: { streetNumber: "550", city: "${'C'.repeat(33)}", state: "IL", postalCode: "60661" }) { result } }`,
      ),
    );
    const error = onlyError(res);
    expect(error.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error.extensions?.['issues'])).toContain('street');
    expect(JSON.stringify(error.extensions?.['issues'])).toContain('city');
  });
});

describe('provisionE911 / TelephoneNumber.e911 / removeE911', () => {
  it('provisions the corrected address in one /tnE911 call, and the number shows it', async () => {
    const data = ok(
      await stack.gql(`mutation { provisionE911(input: { tn: "${TN}", address: ${TYPO} }) {
        result resultLabel e911 { status address { name street postalCode } } userErrors { path code message } } }`),
    );
    expect(data['provisionE911']).toEqual({
      result: 'CORRECTED',
      resultLabel: 'CORRECTED',
      e911: { status: 'PROVISIONED', address: { name: 'James Holden', street: 'W Adams St', postalCode: '60661' } },
      userErrors: [],
    });
    expect(await stack.control.servicesCalls('tnE911')).toHaveLength(1);
    const read = ok(await stack.gql(`{ telephoneNumber(tn: "${TN}") { e911 { status address { street city } } } }`));
    expect(read['telephoneNumber']).toEqual({ e911: { status: 'PROVISIONED', address: { street: 'W Adams St', city: 'Chicago' } } });

    const removed = ok(
      await stack.gql(`mutation { removeE911(input: { tn: "${TN}" }) { e911 { status address { street } } userErrors { code } } }`),
    );
    expect(removed['removeE911']).toEqual({ e911: { status: 'NOT_PROVISIONED', address: null }, userErrors: [] });
    const after = ok(await stack.gql(`{ telephoneNumber(tn: "${TN}") { e911 { status } } }`));
    expect(after['telephoneNumber']).toEqual({ e911: { status: 'NOT_PROVISIONED' } });
    expect(await stack.control.servicesCalls('tnE911')).toHaveLength(2);
  });

  it("an address the carrier cannot validate is an INVALID userError on the address (the carrier's 409)", async () => {
    const data = ok(
      await stack.gql(`mutation { provisionE911(input: { tn: "${TN}", address: { name: "J", streetNumber: "1", street: "Nowhere", city: "Chicago", state: "IL", postalCode: "60601" } }) {
        e911 { status } userErrors { path code message } } }`),
    );
    expect(data['provisionE911']).toEqual({
      e911: null,
      userErrors: [{ path: ['input', 'address'], code: 'INVALID', message: 'The carrier refused the change: Invalid Address' }],
    });
  });

  it('a missing name is a REQUIRED userError and nothing is sent', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(`mutation { provisionE911(input: { tn: "${TN}", address: { streetNumber: "550", street: "W Adams St", city: "Chicago", state: "IL", postalCode: "60661" } }) {
        userErrors { path code } } }`),
    );
    expect(ok(res)['provisionE911']).toEqual({ userErrors: [{ path: ['input', 'address', 'name'], code: 'REQUIRED' }] });
  });
});
