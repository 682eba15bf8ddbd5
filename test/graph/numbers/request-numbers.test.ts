import { describe, expect, it } from 'vitest';
import { Issues } from '../../../src/graph/common/validation.js';
import { checkRequestTelephoneNumbers, RequestTelephoneNumbersInput } from '../../../src/graph/numbers/request-numbers.input.js';

function check(fields: Partial<RequestTelephoneNumbersInput>) {
  const issues = new Issues();
  checkRequestTelephoneNumbers(issues, ['input'], Object.assign(new RequestTelephoneNumbersInput(), { quantity: 1, ...fields }));
  return issues.list.map((i) => ({ field: i.path.join('.'), code: i.code }));
}

describe('requestTelephoneNumbers input rules', () => {
  it("accepts the guide example's criteria, and a quantity alone (no upper bound is documented)", () => {
    expect(
      check({
        quantity: 10,
        customerOrderReference: 'abcsdsd88246',
        state: 'IL',
        lata: '550',
        rateCenter: 'WSHNGTNZN1',
        areaCode: '312',
        exchange: '348',
        trunkGroupName: 'Main Trunk Group',
        activate: true,
      }),
    ).toEqual([]);
    expect(check({ quantity: 1_000_000 })).toEqual([]);
  });

  it('quantity is at least 1', () => {
    expect(check({ quantity: 0 })).toEqual([{ field: 'input.quantity', code: 'OUT_OF_RANGE' }]);
    expect(check({ quantity: -3 })).toEqual([{ field: 'input.quantity', code: 'OUT_OF_RANGE' }]);
  });

  it('state is two letters; LATA, area code and exchange three digits', () => {
    expect(check({ state: 'ILL' })).toEqual([{ field: 'input.state', code: 'INVALID' }]);
    expect(check({ state: 'I1' })).toEqual([{ field: 'input.state', code: 'INVALID' }]);
    expect(check({ lata: '55' })).toEqual([{ field: 'input.lata', code: 'INVALID' }]);
    expect(check({ lata: '5500' })).toEqual([{ field: 'input.lata', code: 'INVALID' }]);
    expect(check({ areaCode: '31a' })).toEqual([{ field: 'input.areaCode', code: 'INVALID' }]);
    expect(check({ areaCode: '312', exchange: '34' })).toEqual([{ field: 'input.exchange', code: 'INVALID' }]);
  });

  it('an exchange only with its area code, a rate center only with its state', () => {
    expect(check({ exchange: '348' })).toEqual([{ field: 'input.areaCode', code: 'REQUIRED' }]);
    expect(check({ areaCode: '312' })).toEqual([]);
    expect(check({ rateCenter: 'CHICAGO' })).toEqual([{ field: 'input.state', code: 'REQUIRED' }]);
    expect(check({ state: 'IL' })).toEqual([]);
  });

  it('declared limits: rate center, trunk group name, order reference', () => {
    expect(check({ rateCenter: 'R'.repeat(51), state: 'IL' })).toEqual([{ field: 'input.rateCenter', code: 'TOO_LONG' }]);
    expect(check({ trunkGroupName: 'T'.repeat(101) })).toEqual([{ field: 'input.trunkGroupName', code: 'TOO_LONG' }]);
    expect(check({ trunkGroupName: '  ' })).toEqual([{ field: 'input.trunkGroupName', code: 'REQUIRED' }]);
    expect(check({ customerOrderReference: 'REQ-1' })).toEqual([{ field: 'input.customerOrderReference', code: 'INVALID' }]);
    expect(check({ customerOrderReference: 'R'.repeat(51) })).toEqual([{ field: 'input.customerOrderReference', code: 'TOO_LONG' }]);
  });
});
