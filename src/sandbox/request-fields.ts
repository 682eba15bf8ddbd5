/** Request shapes several operations share, as the guide's request tables list them. */
import { ANY, type RequestShape } from './request-shape.js';

/** pageSort (/tnInventory L843–L880, /tnDetail L1828–L1832, /orderList L9761–L9766); searchId sits inside it in every example. */
export const PAGE_SORT = { property: ANY, direction: ANY, size: ANY, page: ANY, searchId: ANY } as const;

/** Either key of an order (/orderDetail, /orderCancel, /orderAddNote, /orderNote: "A value must be sent for either"). */
export const ORDER_REF = { orderId: ANY, customerOrderReference: ANY } as const;

/** endUser on /tnOrder and /tnFeatureOrder items (L1612–L1628, L1955–L1968). */
export const END_USER = {
  name: ANY,
  streetNum: ANY,
  streetPreDir: ANY,
  streetName: ANY,
  streetType: ANY,
  streetPostDir: ANY,
  locationType1: ANY,
  locationValue1: ANY,
  locationType2: ANY,
  locationValue2: ANY,
  locationType3: ANY,
  locationValue3: ANY,
  city: ANY,
  state: ANY,
  postalCode: ANY,
  typeOfService: ANY,
} as const;

/** A directory listing's fields, as /tnOrder, /tnFeatureOrder and /orderUpdate take them. */
export const DIRECTORY_LISTING = {
  lastName: ANY,
  firstName: ANY,
  streetNum: ANY,
  streetPreDir: ANY,
  streetName: ANY,
  streetType: ANY,
  streetPostDir: ANY,
  location: ANY,
  city: ANY,
  state: ANY,
  postalCode: ANY,
} as const;

/** An E911 address's fields, as every feature request takes them. */
export const E911_ADDRESS = {
  name: ANY,
  origStreetNum: ANY,
  origStreetInfo: ANY,
  origLocation: ANY,
  origCity: ANY,
  origState: ANY,
  origPostalCode: ANY,
  origPostalCodePlusFour: ANY,
} as const;

/**
 * tnFeature on /tnOrder and /tnFeatureOrder items (L1630–L1660, L1970–L2010). removeTnFeature is
 * documented for /tnFeatureOrder; /tnOrder reads the same feature request (see features.ts), so it
 * accepts the flag too. The e911 table spells "origPostalCode PlusFour" with a space (L1648).
 */
export const TN_FEATURE = {
  callerId: { callingName: ANY, cnamDip: ANY, removeTnFeature: ANY },
  directoryListing: { ...DIRECTORY_LISTING, removeTnFeature: ANY },
  e911: { ...E911_ADDRESS, 'origPostalCode PlusFour': ANY, removeTnFeature: ANY },
  messaging: { messageClass: ANY, messageType: ANY, netNumberId: ANY, removeTnFeature: ANY },
} as const;

/** `tnList.tnItem[]` with the given per-item fields. */
export const tnList = <const I extends RequestShape>(item: I) => ({ tnList: { tnItem: item } }) as const;
