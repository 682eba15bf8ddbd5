/** /tnInventory: search the carrier's available numbers (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import type { RateCenterTier } from '../shared/codes.js';
import { emptyPage, pageFields, pageFromWire, pageSort, type PageRequest } from '../shared/page.js';
import {
  capabilitiesFromWire,
  capabilityFields,
  rateCenterFields,
  rateCenterFromWire,
  type NumberCapabilities,
  type RateCenterRef,
} from '../shared/rate-center.js';
import type { Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { list, raw, record, text } from '../wire/schema.js';
import { boolToYn, requireTn } from '../wire/values.js';

export interface InventorySearch {
  tnMask?: string;
  tnWildcard?: string;
  lata?: string;
  rateCenter?: string;
  rateCenterTier?: RateCenterTier;
  province?: string;
  city?: string;
  postalCode?: string;
  radius?: number;
  quantity?: number;
  sequential?: boolean;
  wireless?: boolean;
  localCallingArea?: boolean;
  searchOnNetOnly?: boolean;
  page?: PageRequest;
}

export interface InventoryNumber extends RateCenterRef {
  tn: Tn;
  city?: string;
  /** Absent when the carrier does not say. */
  countryCode?: string;
  capabilities: NumberCapabilities;
}

const item = record({ telephoneNumber: raw, tn: raw, city: text, countryCode: text, ...rateCenterFields, ...capabilityFields });

export const tnInventory = defineOperation({
  name: 'tnInventory',
  kind: 'read',
  request: (search: InventorySearch) => {
    // "tnMask or tnWildcard are required (even if searching for all TNs)" —
    // except the local-calling examples, which send neither.
    const needsMask = search.tnMask === undefined && search.tnWildcard === undefined && !search.localCallingArea;
    return compact({
      tnMask: needsMask ? 'xxxxxxxxxx' : search.tnMask,
      tnWildcard: search.tnWildcard,
      lata: search.lata,
      rateCenter: search.rateCenter,
      rateCenterTier: search.rateCenterTier,
      province: search.province,
      city: search.city,
      postalCode: search.postalCode,
      radius: search.radius,
      quantity: search.quantity,
      sequential: search.sequential,
      wireless: boolToYn(search.wireless),
      localCallingArea: search.localCallingArea,
      searchOnNetOnly: boolToYn(search.searchOnNetOnly),
      pageSort: pageSort(search.page),
    });
  },
  response: record({ tnResult: list(item), ...pageFields }),
  map: (wire, search) => {
    const items = wire.tnResult.map((w, i): InventoryNumber => {
      const number: InventoryNumber = {
        tn: requireTn(w.telephoneNumber ?? w.tn, `tnResult[${i}].telephoneNumber`),
        ...rateCenterFromWire(w),
        capabilities: capabilitiesFromWire(w),
      };
      if (w.city !== undefined) number.city = w.city;
      if (w.countryCode !== undefined) number.countryCode = w.countryCode;
      return number;
    });
    return pageFromWire(wire, items, search.page?.page);
  },
  notFound: { empty: (search) => emptyPage<InventoryNumber>(search.page?.page) },
});
