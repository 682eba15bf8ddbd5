import { describe, expect, it } from 'vitest';
import { Issues } from '../../../src/graph/common/validation.js';
import { AvailableTelephoneNumberSearchInput } from '../../../src/graph/numbers/numbers.search.input.js';
import { MAX_NUMBERS } from '../../../src/graph/numbers/numbers.limits.js';
import { checkAvailableTelephoneNumberSearch, checkFeatures, checkEndUser } from '../../../src/graph/numbers/numbers.validation.js';
import { createFake, depsFor, run } from '../helpers.js';

function search(fields: Partial<AvailableTelephoneNumberSearchInput>) {
  const issues = new Issues();
  checkAvailableTelephoneNumberSearch(issues, ['search'], Object.assign(new AvailableTelephoneNumberSearchInput(), fields));
  return issues.list.map((i) => ({ field: i.path.join('.'), code: i.code }));
}

describe('/tnInventory search rules', () => {
  it('accepts documented searches', () => {
    expect(search({ tnMask: '312xxxxxxx' })).toEqual([]);
    expect(search({ tnMask: 'xxx4xxxxx1' })).toEqual([]);
    expect(search({ tnMask: '312 XXxxxx' })).toEqual([]);
    expect(search({ tnWildcard: '312?Hi*7' })).toEqual([]);
    expect(search({ tnMask: 'xxxxxxxxxx', city: 'Chicago', province: 'IL', radius: 50 })).toEqual([]);
    expect(search({ postalCode: '60601', radius: 10 })).toEqual([]);
    expect(search({ rateCenter: 'CHICAGO', localCallingArea: true })).toEqual([]);
    expect(search({ tnMask: '312555xxxx', localCallingArea: true })).toEqual([]);
    expect(search({ tnMask: '312555xxxx', sequential: true, quantity: 99 })).toEqual([]);
  });

  it('mask must be exactly 10 characters of 0-9, x, X or space', () => {
    expect(search({ tnMask: '312xxxxxx' })).toEqual([{ field: 'search.tnMask', code: 'INVALID' }]);
    expect(search({ tnMask: '312xxxxxxxx' })).toEqual([{ field: 'search.tnMask', code: 'INVALID' }]);
    expect(search({ tnMask: '312*xxxxxx' })).toEqual([{ field: 'search.tnMask', code: 'INVALID' }]);
  });

  it('wildcard accepts 0-9, letters, * and ? only', () => {
    expect(search({ tnWildcard: '312-HI' })).toEqual([{ field: 'search.tnWildcard', code: 'INVALID' }]);
  });

  it('mask and wildcard together are refused', () => {
    expect(search({ tnMask: '312xxxxxxx', tnWildcard: '*HI*' })).toContainEqual({ field: 'search.tnWildcard', code: 'CONFLICT' });
  });

  it('rate center, city and postal code are mutually exclusive', () => {
    expect(search({ rateCenter: 'CHICAGO', postalCode: '60601' })).toContainEqual({ field: 'search.postalCode', code: 'CONFLICT' });
    expect(search({ city: 'Chicago', province: 'IL', rateCenter: 'CHICAGO' })).toContainEqual({ field: 'search.city', code: 'CONFLICT' });
  });

  it('city requires state (province is its former name; not both)', () => {
    expect(search({ city: 'Chicago' })).toEqual([{ field: 'search.state', code: 'REQUIRED' }]);
    expect(search({ city: 'Chicago', province: 'IL' })).toEqual([]);
    expect(search({ city: 'Chicago', province: 'IL', state: 'IL' })).toEqual([{ field: 'search.province', code: 'CONFLICT' }]);
  });

  it('radius ≤ 50 and only with city+province or postal code', () => {
    expect(search({ postalCode: '60601', radius: 51 })).toEqual([{ field: 'search.radius', code: 'OUT_OF_RANGE' }]);
    expect(search({ rateCenter: 'CHICAGO', radius: 5 })).toEqual([{ field: 'search.radius', code: 'CONFLICT' }]);
  });

  it('radius, local calling area and sequential are mutually exclusive', () => {
    expect(search({ postalCode: '60601', radius: 5, sequential: true })).toContainEqual({ field: 'search.sequential', code: 'CONFLICT' });
    expect(search({ rateCenter: 'CHICAGO', localCallingArea: true, sequential: true })).toContainEqual({
      field: 'search.sequential',
      code: 'CONFLICT',
    });
  });

  it('local calling area needs an NPA-NXX, rate center, city+province or postal code', () => {
    expect(search({ localCallingArea: true })).toEqual([{ field: 'search.localCallingArea', code: 'REQUIRED' }]);
    expect(search({ tnMask: '312xxxxxxx', localCallingArea: true })).toEqual([{ field: 'search.localCallingArea', code: 'REQUIRED' }]);
  });

  it('sequential searches return at most 99 numbers; any search less than 10000 (Swagger: "Quantity must be less than 10000")', () => {
    expect(search({ tnMask: '312555xxxx', sequential: true, quantity: 100 })).toEqual([{ field: 'search.quantity', code: 'OUT_OF_RANGE' }]);
    expect(search({ quantity: 9999 })).toEqual([]);
    expect(search({ quantity: 10_000 })).toEqual([{ field: 'search.quantity', code: 'OUT_OF_RANGE' }]);
  });

  it('the query answers BAD_USER_INPUT naming the field, without calling the carrier', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), `{ availableTelephoneNumbers(search: { city: "Chicago", radius: 60 }) { totalCount } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.path).toEqual(['search', 'state']);
    expect(result.errors?.[0]?.extensions?.field).toBe('search.state');
    const paths = (result.errors?.[0]?.extensions?.issues as { path: string[] }[]).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['search.state', 'search.radius']));
    expect(fake.count('tnInventory')).toBe(0);
  });
});

describe('character limits (guide "Character Limits" table)', () => {
  const features = (f: Parameters<typeof checkFeatures>[2], forNewOrder = false) => {
    const issues = new Issues();
    checkFeatures(issues, ['f'], f, forNewOrder);
    return issues.list.map((i) => `${i.path.join('.')}:${i.code}`);
  };

  it('callingName ≤ 15 with at least one letter', () => {
    expect(features({ callerId: { callingName: 'ACME WIDGETS CO' } })).toEqual([]);
    expect(features({ callerId: { callingName: 'ACME WIDGETS COR' } })).toEqual(['f.callerId.callingName:TOO_LONG']);
    expect(features({ callerId: { callingName: '12345' } })).toEqual(['f.callerId.callingName:INVALID']);
  });

  it('directory listing limits', () => {
    expect(features({ directoryListing: { location: 'x'.repeat(31), city: 'x'.repeat(36), lastName: 'x'.repeat(50) } })).toEqual([
      'f.directoryListing.location:TOO_LONG',
      'f.directoryListing.city:TOO_LONG',
    ]);
  });

  it('E911: limits, printable ASCII, and the address group required on new orders', () => {
    const full = { name: 'ACME', streetNumber: '100', street: 'MAIN ST', city: 'CHICAGO', state: 'IL', postalCode: '60601' };
    expect(features({ e911: full }, true)).toEqual([]);
    expect(features({ e911: { ...full, name: 'ACME\u00e9' } }, true)).toEqual(['f.e911.name:INVALID']);
    expect(features({ e911: { ...full, street: 'x'.repeat(49) } }, true)).toEqual(['f.e911.street:TOO_LONG']);
    expect(features({ e911: { ...full, postalCodePlusFour: '12345' } }, true)).toEqual(['f.e911.postalCodePlusFour:INVALID']);
    expect(features({ e911: { name: 'ACME' } }, true)).toContain('f.e911.city:REQUIRED');
    expect(features({ e911: { name: 'ACME' } }, false)).toEqual([]);
  });

  it('E911: the former orig* names are still accepted, and giving both names is a CONFLICT', () => {
    // Validation moves each former name's value to its new name, in place: a fresh input per call.
    const old = () => ({
      name: 'ACME',
      origStreetNum: '100',
      origStreetInfo: 'MAIN ST',
      origCity: 'CHICAGO',
      origState: 'IL',
      origPostalCode: '60601',
    });
    expect(features({ e911: old() }, true)).toEqual([]);
    expect(features({ e911: { ...old(), city: 'EVANSTON' } }, true)).toEqual(['f.e911.origCity:CONFLICT']);
  });

  it('areaCode and exchange: three digits, and not with a mask of your own', () => {
    expect(search({ areaCode: '312', exchange: '555' })).toEqual([]);
    expect(search({ areaCode: '31' })).toEqual([{ field: 'search.areaCode', code: 'INVALID' }]);
    expect(search({ areaCode: '312', tnMask: '312xxxxxxx' })).toEqual([{ field: 'search.areaCode', code: 'CONFLICT' }]);
  });

  it('messaging: class and type required on new orders, netNumberId ≤ 10', () => {
    expect(features({ messaging: { netNumberId: '12345678901' } }, true)).toEqual([
      'f.messaging.messageClass:REQUIRED',
      'f.messaging.messageType:REQUIRED',
      'f.messaging.netNumberId:TOO_LONG',
    ]);
  });

  it('end user limits', () => {
    const issues = new Issues();
    checkEndUser(issues, ['u'], { name: 'x'.repeat(33), streetPreDir: 'NNW', state: 'ILL', postalCode: '606-01' });
    expect(issues.list.map((i) => `${i.path.join('.')}:${i.code}`)).toEqual([
      'u.name:TOO_LONG',
      'u.streetPreDir:TOO_LONG',
      'u.state:TOO_LONG',
      'u.postalCode:INVALID',
    ]);
  });
});

describe('mutation input problems are userErrors and nothing is sent upstream', () => {
  it('orderTelephoneNumbers', async () => {
    const fake = createFake();
    const result = await run(
      depsFor(fake),
      `mutation($input: OrderTelephoneNumbersInput!) { orderTelephoneNumbers(input: $input) { orderId order { id } numbers { tn } userErrors { field code message } } }`,
      {
        input: {
          customerOrderReference: 'not alnum!',
          numbers: [{ tn: '3125550100', features: { callerId: { callingName: 'THIS NAME IS TOO LONG' } } }, { tn: '(312) 555-0100' }],
        },
      },
    );
    expect(result.errors).toBeUndefined();
    const p = result.data.orderTelephoneNumbers;
    expect(p.orderId).toBeNull();
    expect(p.order).toBeNull();
    expect(p.numbers).toEqual([]);
    expect(p.userErrors.map((e: { field: string[]; code: string }) => `${e.field.join('.')}:${e.code}`)).toEqual([
      'input.customerOrderReference:INVALID',
      'input.numbers.1.tn:DUPLICATE',
      'input.numbers.0.features.callerId.callingName:TOO_LONG',
    ]);
    expect(fake.count('tnOrder')).toBe(0);
  });

  it('an order of more than 100,000 numbers is refused (Swagger /tnOrder: "Order quantity limit is 100,000 numbers")', async () => {
    // Over HTTP the gateway's 1 MB body limit comes first; the rule itself is checked here.
    const fake = createFake();
    const numbers = Array.from({ length: MAX_NUMBERS.order + 1 }, (_, i) => ({ tn: String(3122000000 + i) }));
    const result = await run(
      depsFor(fake),
      `mutation($input: OrderTelephoneNumbersInput!) { orderTelephoneNumbers(input: $input) { orderId userErrors { field code message } } }`,
      { input: { numbers } },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data.orderTelephoneNumbers!.userErrors).toEqual([
      {
        field: ['input', 'numbers'],
        code: 'TOO_LONG',
        message: 'At most 100000 telephone numbers per request (got 100001); split the request.',
      },
    ]);
    expect(fake.count('tnOrder')).toBe(0);
  });

  it('an empty list is refused', async () => {
    const fake = createFake();
    const result = await run(depsFor(fake), `mutation { reserveTelephoneNumbers(input: { tns: [] }) { userErrors { field code } } }`);
    expect(result.data.reserveTelephoneNumbers!.userErrors).toEqual([{ field: ['input', 'tns'], code: 'REQUIRED' }]);
    expect(fake.count('tnReserve')).toBe(0);
  });

  it('a feature cannot be set and removed at once', async () => {
    const fake = createFake();
    const result = await run(
      depsFor(fake),
      `mutation { updateTelephoneNumberFeatures(input: { numbers: [{ tn: "3125550100", features: { callerId: { callingName: "ACME" } }, remove: { callerId: true } }] }) { userErrors { field code } } }`,
    );
    expect(result.data.updateTelephoneNumberFeatures!.userErrors).toEqual([
      { field: ['input', 'numbers', '0', 'remove', 'callerId'], code: 'CONFLICT' },
    ]);
    expect(fake.count('tnFeatureOrder')).toBe(0);
  });
});

describe('carrier exclusions are reported per number', () => {
  it('a trunk group reason points at trunkGroupName only where the number was given one', async () => {
    const fake = createFake({
      numbers: {
        tnOrder: async () => ({
          orderId: '1026500',
          excluded: [
            { tn: '3125550100', reason: 'Invalid trunk group name NOPE' },
            { tn: '3125550101', reason: 'No default trunk group' },
          ],
        }),
      },
    });
    const result = await run(
      depsFor(fake),
      `mutation { orderTelephoneNumbers(input: { numbers: [{ tn: "3125550100", trunkGroupName: "NOPE" }, { tn: "3125550101" }, { tn: "3125550102" }] }) {
        completedSynchronously validationPending userErrors { field code } } }`,
    );
    expect(result.errors).toBeUndefined();
    const p = result.data.orderTelephoneNumbers;
    expect(p.userErrors).toEqual([
      { field: ['input', 'numbers', '0', 'trunkGroupName'], code: 'EXCLUDED' },
      { field: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED' },
    ]);
    // An order was created: not synchronous; three numbers: validated at once.
    expect(p).toMatchObject({ completedSynchronously: false, validationPending: false });
  });

  it('orderTelephoneNumbers: excluded TN → excludedNumbers + EXCLUDED userError on its field', async () => {
    const fake = createFake({
      numbers: {
        tnOrder: async () => ({ orderId: null, excluded: [{ tn: '3125550101', reason: 'TN is on an existing order' }] }),
      },
    });
    const result = await run(
      depsFor(fake),
      `mutation { orderTelephoneNumbers(input: { numbers: [{ tn: "3125550100" }, { tn: "3125550101" }] }) {
        completedSynchronously excludedNumbers { tn reason } userErrors { field code message } } }`,
    );
    expect(result.errors).toBeUndefined();
    const p = result.data.orderTelephoneNumbers;
    expect(p.completedSynchronously).toBe(true);
    expect(p.excludedNumbers).toEqual([{ tn: '3125550101', reason: 'TN is on an existing order' }]);
    expect(p.userErrors[0]).toMatchObject({ field: ['input', 'numbers', '1', 'tn'], code: 'EXCLUDED' });
    expect(fake.count('tnOrder')).toBe(1);
  });
});
