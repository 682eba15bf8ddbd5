/**
 * /excludedE911Detail (L10086): the numbers of an order whose E911 address failed, with the
 * address as sent and the reasons (read). 430 is []; 410 "Invalid Order Id" too.
 */
import { defineOperation } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { e911AddressFields } from '../shared/features.js';
import { lenient, record, text, timestamp, tn, wrappedList } from '../wire/schema.js';
import { str } from '../wire/values.js';

export interface ExcludedE911 {
  tn: Tn;
  name?: string;
  streetNumber?: string;
  street?: string;
  location?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  postalCodePlusFour?: string;
  /** excludedReason holds several reasons joined by "|" (L10139). */
  reasons: string[];
  insertedOn?: string;
  insertedBy?: string;
}

const reasons = lenient((v) =>
  (str(v) ?? '')
    .split('|')
    .map((r) => r.replace(/\s+/g, ' ').trim())
    .filter((r) => r !== ''),
);

const item = record({
  tn,
  ...e911AddressFields,
  excludedReason: reasons,
  insertDate: timestamp,
  displayName: text,
}).transform((w): ExcludedE911 =>
  defined({
    tn: w.tn,
    name: w.name,
    streetNumber: w.origStreetNum,
    street: w.origStreetInfo,
    location: w.origLocation,
    city: w.origCity,
    state: w.origState,
    postalCode: w.origPostalCode,
    postalCodePlusFour: w.origPostalCodePlusFour,
    reasons: w.excludedReason,
    insertedOn: w.insertDate?.date,
    insertedBy: w.displayName,
  }),
);

export const excludedE911Detail = defineOperation({
  name: 'excludedE911Detail',
  kind: 'read',
  request: (ref: OrderRef) => orderRefRequest('excludedE911Detail', ref),
  // The item key is excludedFeatureItem, as in /excludedFeatureList (L10124).
  response: record({ excludedE911Detail: wrappedList('excludedFeatureItem', item) }),
  map: (wire) => wire.excludedE911Detail,
  notFound: { empty: () => [], invalidOrderId: true },
});
