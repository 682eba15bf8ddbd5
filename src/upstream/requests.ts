/**
 * Request builders: one per operation, emitting what the guide's examples
 * emit. `privateKey` is added by the transport.
 *
 * - `tn` is a JSON number where the examples send numbers (tnOrder, tnUpdate,
 *   tnFeatureOrder, portOutPinUpdate, tnNoteUpdate, tnDisconnect, orderList)
 *   and a string where they send strings (tnReserve, tnRelease, excludedTnList).
 * - `orderId` is a JSON number, as in every Order example.
 * - Wrappers exactly as documented; Y/N flags where the docs use them.
 * - Absent optional fields are omitted, never sent as null.
 */
import { UpstreamError } from './errors.js';
import type {
  CoverageQuery,
  DirectoryListing,
  E911Address,
  EndUser,
  FeatureRemoval,
  InventorySearch,
  MessagingFeature,
  OrderListFilter,
  OrderRef,
  PageRequest,
  Tn,
  TnFeatureOrderItem,
  TnFeatures,
  TnOrderRequest,
  TnSearchCriteria,
} from './model.js';
import {
  boolToYn,
  orderIdForRequest,
  orderStatusToCode,
  productToCode,
  serviceOrderTypeToCode,
  tnAsNumber,
  tnStatusToCode,
  toTn,
  typeOfServiceToWire,
  type WireObject,
} from './wire.js';

/** Drop undefined and null members: absent optional fields are omitted, never sent as null. */
function compact<T extends WireObject>(o: T): T {
  for (const key of Object.keys(o)) if (o[key] === undefined || o[key] === null) delete o[key];
  return o;
}

function nonEmpty(o: WireObject): WireObject | undefined {
  return Object.keys(o).length > 0 ? o : undefined;
}

function invalidInput(operation: string, message: string): UpstreamError {
  return new UpstreamError('REJECTED', operation, 'INVALID_INPUT', message);
}

/** A caller's TN, validated: 10 digits (formatting and a leading 1 tolerated). */
function inputTn(operation: string, value: Tn): Tn {
  const tn = toTn(value);
  if (tn === undefined) throw invalidInput(operation, `Not a ten-digit telephone number: ${JSON.stringify(String(value).slice(0, 32))}`);
  return tn;
}

/** A caller's orderId as sent (see orderIdForRequest); undefined when absent or blank. */
function orderIdField(orderId: string | null | undefined): number | string | undefined {
  // GraphQL inputs may pass null, and ids may arrive as numbers despite the type.
  return orderId != null && String(orderId).trim() !== '' ? orderIdForRequest(String(orderId)) : undefined;
}

/** /orderDetail, /orderCancel, /orderNote: `orderId` (number) or `customerOrderReference`. */
export function orderRefRequest(operation: string, ref: OrderRef): WireObject {
  const orderId = 'orderId' in ref ? orderIdField(ref.orderId) : undefined;
  if (orderId !== undefined) return { orderId };
  if ('customerOrderReference' in ref && ref.customerOrderReference && ref.customerOrderReference.trim() !== '') {
    return { customerOrderReference: ref.customerOrderReference };
  }
  throw invalidInput(operation, 'Either orderId or customerOrderReference is required');
}

/** `pageSort`, with `searchId` inside it as the /tnInventory examples show. */
function pageSort(page: PageRequest | undefined): WireObject | undefined {
  if (!page) return undefined;
  return nonEmpty(
    compact({
      property: page.property,
      direction: page.direction,
      page: page.page,
      size: page.size,
      searchId: page.searchId,
    }),
  );
}

// ---------------------------------------------------------------------------
// Shared sub-objects (tnOrder / tnFeatureOrder)

function endUserToWire(endUser: EndUser | undefined): WireObject | undefined {
  if (!endUser) return undefined;
  return nonEmpty(
    compact({
      name: endUser.name,
      streetNum: endUser.streetNum,
      streetPreDir: endUser.streetPreDir,
      streetName: endUser.streetName,
      streetType: endUser.streetType,
      streetPostDir: endUser.streetPostDir,
      locationType1: endUser.locationType1,
      locationValue1: endUser.locationValue1,
      locationType2: endUser.locationType2,
      locationValue2: endUser.locationValue2,
      locationType3: endUser.locationType3,
      locationValue3: endUser.locationValue3,
      city: endUser.city,
      state: endUser.state,
      postalCode: endUser.postalCode,
      typeOfService: endUser.typeOfService ? typeOfServiceToWire(endUser.typeOfService) : undefined,
    }),
  );
}

function directoryListingToWire(dl: DirectoryListing): WireObject {
  return compact({
    lastName: dl.lastName,
    firstName: dl.firstName,
    streetNum: dl.streetNum,
    streetPreDir: dl.streetPreDir,
    streetName: dl.streetName,
    streetType: dl.streetType,
    streetPostDir: dl.streetPostDir,
    location: dl.location,
    city: dl.city,
    state: dl.state,
    postalCode: dl.postalCode,
  });
}

function e911ToWire(e: E911Address): WireObject {
  return compact({
    name: e.name,
    origStreetNum: e.origStreetNum,
    origStreetInfo: e.origStreetInfo,
    origLocation: e.origLocation,
    origCity: e.origCity,
    origState: e.origState,
    origPostalCode: e.origPostalCode,
    origPostalCodePlusFour: e.origPostalCodePlusFour,
  });
}

function messagingToWire(m: MessagingFeature): WireObject {
  return compact({ messageClass: m.messageClass, messageType: m.messageType, netNumberId: m.netNumberId });
}

/**
 * `tnFeature` for /tnOrder (and the add/update half of /tnFeatureOrder). A
 * feature whose fields are all absent is left out: an empty `e911: {}` or
 * `messaging: {}` reads as "tnFeature contains e911/messaging" without the
 * fields that then become required (L1665, L1667).
 */
function featuresToWire(features: TnFeatures | undefined): WireObject {
  const out: WireObject = {};
  if (!features) return out;
  const members: [string, WireObject | undefined][] = [
    ['callerId', features.callerId && compact({ callingName: features.callerId.callingName, cnamDip: boolToYn(features.callerId.cnamDip) })],
    ['directoryListing', features.directoryListing && directoryListingToWire(features.directoryListing)],
    ['e911', features.e911 && e911ToWire(features.e911)],
    ['messaging', features.messaging && messagingToWire(features.messaging)],
  ];
  for (const [name, value] of members) if (value && Object.keys(value).length > 0) out[name] = value;
  return out;
}

// ---------------------------------------------------------------------------
// Telephone numbers

export function tnInventoryRequest(search: InventorySearch): WireObject {
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
}

const COUNT_BY = { STATE: 'state', RATE_CENTER: 'rateCenter', NPA_NXX: 'npaNxx', BLOCK: 'block' } as const;

export function tnInventoryCoverageRequest(query: CoverageQuery): WireObject {
  return compact({
    countBy: query.countBy ? COUNT_BY[query.countBy] : undefined,
    rateCenter: query.rateCenter,
    wireless: boolToYn(query.wireless),
    province: query.province,
  });
}

/** /tnReserve and /tnRelease: `{ tnReserve: { tnList: { tnItem: [{ tn: "…" }] } } }`, tn as a string. */
export function tnReserveRequest(operation: 'tnReserve' | 'tnRelease', tns: Tn[]): WireObject {
  return { [operation]: { tnList: { tnItem: tns.map((tn) => ({ tn: inputTn(operation, tn) })) } } };
}

export function tnOrderRequest(request: TnOrderRequest): WireObject {
  const op = 'tnOrder';
  return {
    tnOrder: compact({
      customerOrderReference: request.customerOrderReference,
      tnList: {
        tnItem: request.items.map((item) =>
          compact({
            tn: tnAsNumber(inputTn(op, item.tn)),
            trunkGroup: item.trunkGroup,
            portOutPin: item.portOutPin,
            tnNote: item.tnNote,
            endUser: endUserToWire(item.endUser),
            tnFeature: nonEmpty(featuresToWire(item.features)),
          }),
        ),
      },
    }),
  };
}

/**
 * /tnDetail. When no page is asked for and every item is an exact TN (the
 * batch-by-key use), `pageSort.size` defaults to the number of items so the
 * carrier's default page size cannot truncate the batch.
 */
export function tnDetailRequest(criteria: TnSearchCriteria[], page?: PageRequest): WireObject {
  const exactBatch = criteria.length > 0 && criteria.every((c) => /^\d{10}$/.test(c.tnMask));
  const effectivePage = page ?? (exactBatch ? { page: 1, size: criteria.length } : undefined);
  return compact({
    tnSearchList: {
      tnSearchItem: criteria.map((c) =>
        compact({
          tnMask: c.tnMask,
          tnStatus: c.tnStatus ? tnStatusToCode(c.tnStatus) : undefined,
          trunkGroupName: c.trunkGroupName,
          lata: c.lata,
          rateCenter: c.rateCenter,
          province: c.province,
          rateCenterTier: c.rateCenterTier,
          portOutPin: c.portOutPin,
          tnNote: c.tnNote,
          callingNameContains: c.callingNameContains,
          directoryListingContains: c.directoryListingContains,
          e911Contains: c.e911Contains,
          messageClass: c.messageClass,
          messageType: c.messageType,
          wireless: boolToYn(c.wireless),
        }),
      ),
    },
    pageSort: pageSort(effectivePage),
  });
}

/** /tnUpdate: NO wrapper object; customerOrderReference at the top level. */
export function tnUpdateRequest(items: { tn: Tn; trunkGroup: string }[], customerOrderReference?: string): WireObject {
  const op = 'tnUpdate';
  return compact({
    customerOrderReference,
    tnList: { tnItem: items.map((i) => ({ tn: tnAsNumber(inputTn(op, i.tn)), trunkGroup: i.trunkGroup })) },
  });
}

/**
 * /tnFeatureOrder. A removal sends only `{ removeTnFeature: "Y" }` for that
 * feature (as the example does); `tnFeature` is required, so it is sent even
 * when empty.
 */
const REMOVABLE_FEATURES = ['callerId', 'directoryListing', 'e911', 'messaging'] as const satisfies readonly (keyof FeatureRemoval)[];

export function tnFeatureOrderRequest(items: TnFeatureOrderItem[], customerOrderReference?: string): WireObject {
  const op = 'tnFeatureOrder';
  return {
    tnFeatureOrder: compact({
      customerOrderReference,
      tnList: {
        tnItem: items.map((item) => {
          const tnFeature = featuresToWire(item.features);
          for (const feature of REMOVABLE_FEATURES) if (item.remove?.[feature]) tnFeature[feature] = { removeTnFeature: 'Y' };
          return compact({ tn: tnAsNumber(inputTn(op, item.tn)), endUser: endUserToWire(item.endUser), tnFeature });
        }),
      },
    }),
  };
}

/** /portOutPinUpdate: wrapper and item field are both named `portOutPin`. */
export function portOutPinUpdateRequest(items: { tn: Tn; portOutPin: string }[]): WireObject {
  const op = 'portOutPinUpdate';
  return { portOutPin: { tnList: { tnItem: items.map((i) => ({ tn: tnAsNumber(inputTn(op, i.tn)), portOutPin: i.portOutPin })) } } };
}

/** /tnNoteUpdate: wrapper and item field are both named `tnNote`. */
export function tnNoteUpdateRequest(items: { tn: Tn; tnNote: string }[]): WireObject {
  const op = 'tnNoteUpdate';
  return { tnNote: { tnList: { tnItem: items.map((i) => ({ tn: tnAsNumber(inputTn(op, i.tn)), tnNote: i.tnNote })) } } };
}

/** /tnDisconnect: no wrapper, like /tnUpdate. */
export function tnDisconnectRequest(tns: Tn[], customerOrderReference?: string): WireObject {
  const op = 'tnDisconnect';
  return compact({ customerOrderReference, tnList: { tnItem: tns.map((tn) => ({ tn: tnAsNumber(inputTn(op, tn)) })) } });
}

// ---------------------------------------------------------------------------
// Orders

/** /orderList: one product → `productId` (number); several → `productIdList` ("103,128"). */
export function orderListRequest(filter: OrderListFilter): WireObject {
  const op = 'orderList';
  const products = [...new Set(filter.products ?? [])].map(productToCode);
  return compact({
    orderId: orderIdField(filter.orderId),
    customerOrderReference: filter.customerOrderReference,
    productId: products.length === 1 ? products[0] : undefined,
    productIdList: products.length > 1 ? products.join(',') : undefined,
    serviceOrderReference: filter.serviceOrderType ? serviceOrderTypeToCode(filter.serviceOrderType) : undefined,
    orderStatus: filter.status ? orderStatusToCode(filter.status) : undefined,
    tn: filter.tn != null ? tnAsNumber(inputTn(op, filter.tn)) : undefined,
    createdDateStartRange: filter.createdFrom,
    createdDateEndRange: filter.createdTo,
    pageSort: pageSort(filter.page),
  });
}

export function orderAddNoteRequest(ref: OrderRef, note: string): WireObject {
  return { ...orderRefRequest('orderAddNote', ref), orderNote: note };
}

/** /excludedTnList: by order, or by `tn` as a string (as the example sends it). */
export function excludedTnListRequest(ref: OrderRef | { tn: Tn }): WireObject {
  if ('tn' in ref && ref.tn != null) return { tn: inputTn('excludedTnList', ref.tn) };
  return orderRefRequest('excludedTnList', ref as OrderRef);
}
