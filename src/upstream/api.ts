/**
 * The typed surface of the carrier's Services API that the gateway uses:
 * one method per upstream operation, grouped by domain. Implementations live
 * in src/upstream/services/*; the graph layer depends on these interfaces only.
 *
 * Every method throws UpstreamError (src/upstream/errors.ts) for a non-success
 * envelope, except where a doc'd "no results" status (430) is better modelled
 * as an empty answer; those are noted per method.
 */
import type {
  AssignedNumber,
  BatchOutcome,
  CoverageEntry,
  CoverageQuery,
  ExcludedNumber,
  ExcludedOrderNumber,
  InventoryNumber,
  InventorySearch,
  OrderDetail,
  OrderListFilter,
  OrderNote,
  OrderRef,
  OrderSubmission,
  OrderSummary,
  Page,
  PageRequest,
  ReservedNumber,
  TelephoneNumberRecord,
  Tn,
  TnFeatureOrderItem,
  TnOrderRequest,
  TnSearchCriteria,
} from './model.js';

export interface NumbersApi {
  /** /tnInventory */
  searchInventory(search: InventorySearch): Promise<Page<InventoryNumber>>;
  /** /tnInventoryCoverage */
  inventoryCoverage(query: CoverageQuery): Promise<CoverageEntry[]>;
  /** /tnReserve */
  reserve(tns: Tn[]): Promise<BatchOutcome>;
  /** /tnRelease */
  release(tns: Tn[]): Promise<BatchOutcome>;
  /** /tnReservedList — 430 "No Result Found" is answered as []. */
  listReserved(): Promise<ReservedNumber[]>;
  /** /tnOrder */
  order(request: TnOrderRequest): Promise<OrderSubmission>;
  /** /tnAssignedList */
  listAssigned(): Promise<AssignedNumber[]>;
  /** /tnDetail — several search items in one request, one merged page. 430 is an empty page. */
  detail(criteria: TnSearchCriteria[], page?: PageRequest): Promise<Page<TelephoneNumberRecord>>;
  /** /tnUpdate */
  updateTrunkGroup(items: { tn: Tn; trunkGroup: string }[], customerOrderReference?: string): Promise<OrderSubmission>;
  /** /tnFeatureOrder */
  orderFeatures(items: TnFeatureOrderItem[], customerOrderReference?: string): Promise<OrderSubmission>;
  /** /portOutPinUpdate — the numbers the carrier refused, with its reasons. */
  updatePortOutPin(items: { tn: Tn; portOutPin: string }[]): Promise<ExcludedNumber[]>;
  /** /tnNoteUpdate — the numbers the carrier refused, with its reasons. */
  updateNote(items: { tn: Tn; tnNote: string }[]): Promise<ExcludedNumber[]>;
  /** /tnDisconnect */
  disconnect(tns: Tn[], customerOrderReference?: string): Promise<OrderSubmission>;
}

export interface OrdersApi {
  /** /orderList */
  list(filter: OrderListFilter): Promise<Page<OrderSummary>>;
  /** /orderDetail — 430 and 410 "Invalid Order Id" are NOT_FOUND errors. */
  detail(ref: OrderRef): Promise<OrderDetail>;
  /** /orderCancel */
  cancel(ref: OrderRef): Promise<void>;
  /** /orderAddNote — returns the new noteId. */
  addNote(ref: OrderRef, note: string): Promise<string>;
  /** /orderNote — 430 and 410 "Invalid Order Id" are []. */
  notes(ref: OrderRef): Promise<OrderNote[]>;
  /** /excludedTnList — 430 (and, by order, 410 "Invalid Order Id") is []. */
  excludedNumbers(ref: OrderRef | { tn: Tn }): Promise<ExcludedOrderNumber[]>;
}

export interface TrunkGroupsApi {
  /** /trunkGroupSearchAssigned — every DID trunk group name of the account. */
  listAssigned(): Promise<string[]>;
}

export interface CarrierApi {
  numbers: NumbersApi;
  orders: OrdersApi;
  trunkGroups: TrunkGroupsApi;
  /** A cheap authenticated call, for /readyz. */
  ping(): Promise<void>;
}
