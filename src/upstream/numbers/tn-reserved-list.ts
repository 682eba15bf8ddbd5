/** /tnReservedList: the numbers this account holds in reserve (read; 430 "No Result Found" is []). */
import { defineOperation } from '../define.js';
import {
  capabilitiesFromWire,
  capabilityFields,
  rateCenterFields,
  rateCenterFromWire,
  type NumberCapabilities,
  type RateCenterRef,
} from '../shared/rate-center.js';
import type { Tn } from '../shared/tn.js';
import { list, raw, record, text, yn } from '../wire/schema.js';
import { requireTn } from '../wire/values.js';

export interface ReservedNumber extends RateCenterRef {
  tn: Tn;
  city?: string;
  /** Absent when the carrier does not say (unknown is not "wireline"). */
  wireless?: boolean;
  countryCode?: string;
  capabilities: NumberCapabilities;
}

const item = record({
  telephoneNumber: raw,
  tn: raw,
  isWireless: yn,
  wireless: yn,
  city: text,
  countryCode: text,
  ...rateCenterFields,
  ...capabilityFields,
});

export const tnReservedList = defineOperation({
  name: 'tnReservedList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ reservedTns: list(item) }),
  map: (wire) =>
    wire.reservedTns.map((w, i): ReservedNumber => {
      const number: ReservedNumber = {
        tn: requireTn(w.telephoneNumber ?? w.tn, `reservedTns[${i}].telephoneNumber`),
        ...rateCenterFromWire(w),
        capabilities: capabilitiesFromWire(w),
      };
      const wireless = w.isWireless ?? w.wireless;
      if (wireless !== undefined) number.wireless = wireless;
      if (w.countryCode !== undefined) number.countryCode = w.countryCode;
      if (w.city !== undefined) number.city = w.city;
      return number;
    }),
  notFound: { empty: () => [] },
});
