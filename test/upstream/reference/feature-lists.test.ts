import { describe, expect, it } from 'vitest';
import { tnFeatureCnamList } from '../../../src/upstream/reference/tn-feature-cnam-list.js';
import { tnFeatureDLList } from '../../../src/upstream/reference/tn-feature-dl-list.js';
import { tnFeatureE911List } from '../../../src/upstream/reference/tn-feature-e911-list.js';
import { tnFeatureMessageList } from '../../../src/upstream/reference/tn-feature-message-list.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

// The guide's example responses (L11081, L11133, L11178, L11281), with its JSON typos (", ,", the split block, a missing brace) mended.
const CNAM_LIST = `{ "status": "Success", "statusCode": "200",
  "tnFeatureList": {"tnFeatureItem": [ { "tn": 9726947096, "callingName": "Name" } ]},
  "page": "1", "totalPages": "1", "totalItems": "1", "searchId": "DnF1ZXJ5VAAB" }`;
const DL_LIST = `{ "status": "Success", "statusCode": "200",
  "tnFeatureList": {"tnFeatureItem": [ { "tn": 9726947096, "firstName": "cupcakes", "lastName": "smiley", "streetNum": "123",
    "streetPreDir": "W", "streetName": "case", "streetType": "st", "streetPostDir": "E", "location": "ste 1", "city": "chicago",
    "state": "IL", "postalCode": "60661" } ]} }`;
const E911_LIST = `{ "status": "Success", "statusCode": "200",
  "tnFeatureList": {"tnFeatureItem": [
    { "tn": 9726947096, "name": "test iqnt", "origStreetNum": "550", "origStreetInfo": "w adams", "origLocation": "ste 900",
      "origCity": "chicago", "origState": "IL", "origPostalCode": "60661",
      "enhStreetNum": "", "enhStreetInfo": "", "enhCity": "", "enhState": "", "enhPostalCode": "" },
    { "tn": 2404540119, "name": "test", "origStreetNum": "123", "origStreetInfo": "test", "origLocation": "", "origCity": "chi",
      "origState": "IL", "origPostalCode": "60657", "enhStreetNum": "", "enhStreetInfo": "", "enhCity": "", "enhState": "", "enhPostalCode": "" }
  ]}, "page": "1", "totalPages": "1", "totalItems": "1", "searchId": "DnF1ZXJ5VAAB" }`;
const MESSAGE_LIST = `{ "status": "Success", "statusCode": "200",
  "tnFeatureList": {"tnFeatureItem": [
    { "tn": 2017012042, "messageClass": "P2P", "messageType": "SMS" },
    { "tn": 2022925536, "messageClass": "P2P", "messageType": "SMS" } ]},
  "page": "1", "totalPages": "1", "totalItems": "1", "searchId": "DnF1ZXJ5VAAB" }`;

const parse = (text: string) => JSON.parse(text) as WireObject;
const page = { page: 1, size: 1 };

describe('/tnFeatureCnamList', () => {
  it("sends pageSort and reads the guide's example", () => {
    expect(tnFeatureCnamList.request({ page })).toEqual({ pageSort: { page: 1, size: 1 } });
    expect(tnFeatureCnamList.parse(parse(CNAM_LIST), { page })).toEqual({
      items: [{ tn: '9726947096', callingName: 'Name' }],
      page: 1,
      totalPages: 1,
      totalItems: 1,
      searchId: 'DnF1ZXJ5VAAB',
    });
  });
});

describe('/tnFeatureDLList', () => {
  it("sends the key alone and reads the guide's example", () => {
    expect(tnFeatureDLList.request(undefined)).toEqual({});
    expect(tnFeatureDLList.parse(parse(DL_LIST), undefined)).toEqual([
      {
        tn: '9726947096',
        firstName: 'cupcakes',
        lastName: 'smiley',
        streetNum: '123',
        streetPreDir: 'W',
        streetName: 'case',
        streetType: 'st',
        streetPostDir: 'E',
        location: 'ste 1',
        city: 'chicago',
        state: 'IL',
        postalCode: '60661',
      },
    ]);
  });
});

describe('/tnFeatureE911List', () => {
  it("sends tnMask with pageSort as the guide's second example, and reads blank enh* fields as absent", () => {
    expect(tnFeatureE911List.request({ tnMask: '3121234567', page })).toEqual({ tnMask: '3121234567', pageSort: { page: 1, size: 1 } });
    const read = tnFeatureE911List.parse(parse(E911_LIST), { page });
    expect(read.items[0]).toEqual({
      tn: '9726947096',
      name: 'test iqnt',
      address: { streetNum: '550', streetInfo: 'w adams', location: 'ste 900', city: 'chicago', state: 'IL', postalCode: '60661' },
      enhancedAddress: {},
    });
    expect(read.items[1]!.address).toEqual({ streetNum: '123', streetInfo: 'test', city: 'chi', state: 'IL', postalCode: '60657' });
  });
});

describe('/tnFeatureMessageList', () => {
  it("reads the guide's example", () => {
    expect(tnFeatureMessageList.parse(parse(MESSAGE_LIST), { page }).items).toEqual([
      { tn: '2017012042', messageClass: 'P2P', messageType: 'SMS' },
      { tn: '2022925536', messageClass: 'P2P', messageType: 'SMS' },
    ]);
  });
});
