/** NumbersApi over /tn* operations. */
import type { NumbersApi } from '../api.js';
import type {
  AssignedNumber,
  BatchOutcome,
  CoverageEntry,
  CoverageQuery,
  InventoryNumber,
  InventorySearch,
  OrderSubmission,
  Page,
  PageRequest,
  ReservedNumber,
  TelephoneNumberRecord,
  Tn,
  TnFeatureOrderItem,
  TnOrderRequest,
  TnSearchCriteria,
} from '../model.js';
import { mapTnAssignedList } from '../mappers/assigned.js';
import { mapBatchOutcome } from '../mappers/batch.js';
import { emptyPage } from '../mappers/common.js';
import { mapTnInventoryCoverage } from '../mappers/coverage.js';
import { mapTnInventory } from '../mappers/inventory.js';
import { mapTnReservedList } from '../mappers/reserved.js';
import { mapOrderSubmission } from '../mappers/submission.js';
import { mapTnDetail } from '../mappers/tn-detail.js';
import {
  portOutPinUpdateRequest,
  tnDetailRequest,
  tnDisconnectRequest,
  tnFeatureOrderRequest,
  tnInventoryCoverageRequest,
  tnInventoryRequest,
  tnNoteUpdateRequest,
  tnOrderRequest,
  tnReserveRequest,
  tnUpdateRequest,
} from '../requests.js';
import type { Transport } from '../transport.js';
import { emptyOnNotFound, invoke } from './call.js';

const NO_SUBMISSION: OrderSubmission = { orderId: null, excluded: [] };

export function createNumbersApi(transport: Transport): NumbersApi {
  return {
    searchInventory(search: InventorySearch): Promise<Page<InventoryNumber>> {
      const requested = search.page?.page;
      return emptyOnNotFound(
        invoke(transport, 'tnInventory', tnInventoryRequest(search), (b) => mapTnInventory(b, requested)),
        () => emptyPage(requested),
      );
    },

    inventoryCoverage(query: CoverageQuery): Promise<CoverageEntry[]> {
      return emptyOnNotFound(invoke(transport, 'tnInventoryCoverage', tnInventoryCoverageRequest(query), mapTnInventoryCoverage), () => []);
    },

    async reserve(tns: Tn[]): Promise<BatchOutcome> {
      const body = tnReserveRequest('tnReserve', tns);
      if (tns.length === 0) return { requested: 0, succeeded: 0, excluded: [] };
      return invoke(transport, 'tnReserve', body, (b) => mapBatchOutcome('tnReserve', b, tns));
    },

    async release(tns: Tn[]): Promise<BatchOutcome> {
      const body = tnReserveRequest('tnRelease', tns);
      if (tns.length === 0) return { requested: 0, succeeded: 0, excluded: [] };
      return invoke(transport, 'tnRelease', body, (b) => mapBatchOutcome('tnRelease', b, tns));
    },

    listReserved(): Promise<ReservedNumber[]> {
      return emptyOnNotFound(invoke(transport, 'tnReservedList', {}, mapTnReservedList), () => []);
    },

    async order(request: TnOrderRequest): Promise<OrderSubmission> {
      const body = tnOrderRequest(request);
      if (request.items.length === 0) return { ...NO_SUBMISSION, excluded: [] };
      return invoke(transport, 'tnOrder', body, mapOrderSubmission);
    },

    listAssigned(): Promise<AssignedNumber[]> {
      return emptyOnNotFound(invoke(transport, 'tnAssignedList', {}, mapTnAssignedList), () => []);
    },

    async detail(criteria: TnSearchCriteria[], page?: PageRequest): Promise<Page<TelephoneNumberRecord>> {
      const requested = page?.page;
      if (criteria.length === 0) return emptyPage(requested);
      return emptyOnNotFound(
        invoke(transport, 'tnDetail', tnDetailRequest(criteria, page), (b) => mapTnDetail(b, requested)),
        () => emptyPage(requested),
      );
    },

    async updateTrunkGroup(items: { tn: Tn; trunkGroup: string }[], customerOrderReference?: string): Promise<OrderSubmission> {
      const body = tnUpdateRequest(items, customerOrderReference);
      if (items.length === 0) return { ...NO_SUBMISSION, excluded: [] };
      return invoke(transport, 'tnUpdate', body, mapOrderSubmission);
    },

    async orderFeatures(items: TnFeatureOrderItem[], customerOrderReference?: string): Promise<OrderSubmission> {
      const body = tnFeatureOrderRequest(items, customerOrderReference);
      if (items.length === 0) return { ...NO_SUBMISSION, excluded: [] };
      return invoke(transport, 'tnFeatureOrder', body, mapOrderSubmission);
    },

    async updatePortOutPin(items: { tn: Tn; portOutPin: string }[]): Promise<void> {
      const body = portOutPinUpdateRequest(items);
      if (items.length === 0) return;
      await invoke(transport, 'portOutPinUpdate', body, () => undefined);
    },

    async updateNote(items: { tn: Tn; tnNote: string }[]): Promise<void> {
      const body = tnNoteUpdateRequest(items);
      if (items.length === 0) return;
      await invoke(transport, 'tnNoteUpdate', body, () => undefined);
    },

    async disconnect(tns: Tn[], customerOrderReference?: string): Promise<OrderSubmission> {
      const body = tnDisconnectRequest(tns, customerOrderReference);
      if (tns.length === 0) return { ...NO_SUBMISSION, excluded: [] };
      return invoke(transport, 'tnDisconnect', body, mapOrderSubmission);
    },
  };
}
