import { describe, expect, it } from 'vitest';
import { excludedE911Detail } from '../../../src/upstream/orders/excluded-e911-detail.js';
import { excludedFeatureList } from '../../../src/upstream/orders/excluded-feature-list.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

/** /excludedFeatureList (L10040–L10060). Fixed: the example is split across two blocks (the first item's reason is in the second); joined. */
const EXCLUDED_FEATURE_LIST = `{
  "status": "Success",
  "statusCode": "200",
  "excludedFeatureList": {"excludedFeatureItem": [
    {
      "tn": 8677461244,
    "excludedReason": "Directory Listing is not supported"
  },
  {
    "tn": 8677461244,
    "excludedReason": "E911 is not supported"
  },
  {
    "tn": 8677461244,
    "excludedReason": "Port-out PIN is not supported"
  }
  ]}
}`;

/**
 * /excludedE911Detail (L10108–L10152). Fixed: split across two blocks (joined), and each excludedReason
 * is broken over two lines inside the string, which JSON does not allow (the break read as a space).
 */
const EXCLUDED_E911_DETAIL = `{
  "status": "Success",
  "statusCode": "200",
  "excludedE911Detail": {"excludedFeatureItem": [
    {
      "tn": "3123488244",
    "name": "James Holden",
    "origStreetNum": "550",
    "origStreetInfo": "Adams",
    "origLocation": "9th floor",
    "origCity": "Chicago",
    "origState": "IL",
    "origPostalCode": "60661",
    "origPostalCodePlusFour": "3665",
    "excludedReason": "The address given could not be validated.|Please verify that the provided address is correct.|Multiple addresses found (may be missing pre-directional)",
    "insertDate": "2019-02-20",
    "displayName": "test.user@customer.com"
  },
  {
    "tn": "3123488245",
    "name": "John Charles",
    "origStreetNum": "224",
    "origStreetInfo": "Canal",
    "origLocation": "",
    "origCity": "Chicago",
    "origState": "IL",
    "origPostalCode": "60601",
    "origPostalCodePlusFour": "",
    "excludedReason": "The address given could not be validated.|Please verify that the provided address is correct.|Multiple addresses found (may be missing pre-directional)",
    "insertDate": "2019-02-20",
    "displayName": "test.user@customer.com"
  }
]}
}`;

const REASONS = [
  'The address given could not be validated.',
  'Please verify that the provided address is correct.',
  'Multiple addresses found (may be missing pre-directional)',
];

describe('/excludedFeatureList', () => {
  it("sends the order's key and reads the guide's example, tn as a number", () => {
    expect(excludedFeatureList.request({ orderId: '1054832' })).toEqual({ orderId: 1054832 });
    expect(excludedFeatureList.request({ customerOrderReference: 'customerRef12345' })).toEqual({
      customerOrderReference: 'customerRef12345',
    });
    expect(excludedFeatureList.parse(parse(EXCLUDED_FEATURE_LIST), { orderId: '1054832' })).toEqual([
      { tn: '8677461244', reason: 'Directory Listing is not supported' },
      { tn: '8677461244', reason: 'E911 is not supported' },
      { tn: '8677461244', reason: 'Port-out PIN is not supported' },
    ]);
  });
});

describe('/excludedE911Detail', () => {
  it("reads the guide's example: the address as sent, the reasons split at |, empty keys absent", () => {
    expect(excludedE911Detail.request({ orderId: '1054832' })).toEqual({ orderId: 1054832 });
    expect(excludedE911Detail.parse(parse(EXCLUDED_E911_DETAIL), { orderId: '1054832' })).toEqual([
      {
        tn: '3123488244',
        name: 'James Holden',
        streetNumber: '550',
        street: 'Adams',
        location: '9th floor',
        city: 'Chicago',
        state: 'IL',
        postalCode: '60661',
        postalCodePlusFour: '3665',
        reasons: REASONS,
        insertedOn: '2019-02-20',
        insertedBy: 'test.user@customer.com',
      },
      {
        tn: '3123488245',
        name: 'John Charles',
        streetNumber: '224',
        street: 'Canal',
        city: 'Chicago',
        state: 'IL',
        postalCode: '60601',
        reasons: REASONS,
        insertedOn: '2019-02-20',
        insertedBy: 'test.user@customer.com',
      },
    ]);
  });
});
