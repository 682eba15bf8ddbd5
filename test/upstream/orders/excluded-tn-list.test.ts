import { describe, expect, it } from 'vitest';
import { excludedTnList } from '../../../src/upstream/orders/excluded-tn-list.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/excludedTnList → ExcludedOrderNumber[]', () => {
    expect(excludedTnList.parse(parse(guide.EXCLUDED_TN_LIST), { orderId: '1' })).toEqual([
      {
        orderId: '1054832',
        customerOrderReference: 'customerRef12345',
        tn: '7278482111',
        reason: 'TN is on an existing order',
        insertedOn: '2017-04-19',
        displayName: 'test.user@customer.com',
      },
      {
        orderId: '1054832',
        customerOrderReference: 'customerRef12345',
        tn: '7278482111',
        reason: 'TN is already assigned to this customer',
        insertedOn: '2017-04-27',
        displayName: 'test.user@customer.com',
      },
    ]);
  });
});
