/** /tnFeatureE911List: the numbers with E911 and their addresses, paged, optionally by TN mask (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import { emptyPage, pageFields, pageFromWire } from '../shared/page.js';
import type { Tn } from '../shared/tn.js';
import { e911AddressFields } from '../shared/features.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';
import { defined, featureListRequest, type FeatureListQuery } from './feature-list-page.js';

export interface E911Street {
  streetNum?: string;
  streetInfo?: string;
  location?: string;
  city?: string;
  state?: string;
  postalCode?: string;
}

export interface E911Listing {
  tn: Tn;
  name?: string;
  /** The address as provisioned (carrier orig*). */
  address: E911Street;
  /** The carrier's enhanced (validated) form of it (carrier enh*); every field is "" in the guide's example, read as absent. */
  enhancedAddress: E911Street;
}

export interface E911ListQuery extends FeatureListQuery {
  /** Ten characters of digits and x (wildcard); a full number finds that number alone. */
  tnMask?: string;
}

const item = record({
  tn,
  ...e911AddressFields,
  enhStreetNum: text,
  enhStreetInfo: text,
  enhLocation: text,
  enhCity: text,
  enhState: text,
  enhPostalCode: text,
});

/** Documented (L11178): `tnMask` and `pageSort` in; `tnFeatureList.tnFeatureItem[]` with orig* and enh* fields out. */
export const tnFeatureE911List = defineOperation({
  name: 'tnFeatureE911List',
  kind: 'read',
  request: (query: E911ListQuery) => ({ ...(query.tnMask !== undefined ? { tnMask: query.tnMask } : {}), ...featureListRequest(query) }),
  response: record({ tnFeatureList: wrappedList('tnFeatureItem', item), ...pageFields }),
  map: (wire, query) =>
    pageFromWire<E911Listing>(
      wire,
      wire.tnFeatureList.map((w) => ({
        tn: w.tn,
        ...defined({ name: w.name }),
        address: defined({
          streetNum: w.origStreetNum,
          streetInfo: w.origStreetInfo,
          location: w.origLocation,
          city: w.origCity,
          state: w.origState,
          postalCode: w.origPostalCode,
        }),
        enhancedAddress: defined({
          streetNum: w.enhStreetNum,
          streetInfo: w.enhStreetInfo,
          location: w.enhLocation,
          city: w.enhCity,
          state: w.enhState,
          postalCode: w.enhPostalCode,
        }),
      })),
      query.page?.page,
    ),
  notFound: { empty: (query) => emptyPage<E911Listing>(query.page?.page) },
});
