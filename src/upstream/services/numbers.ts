/** NumbersApi over /tn* operations. */
import type { NumbersApi } from '../api.js';
import { UpstreamError } from '../errors.js';
import { scrub } from '../failures.js';
import type {
  AssignedNumber,
  BatchOutcome,
  CoverageEntry,
  CoverageQuery,
  ExcludedNumber,
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
import { mapNumberUpdate } from '../mappers/number-update.js';
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
import { toTn } from '../wire.js';
import { emptyOnNotFound, invoke } from './call.js';

// A batch write of no TNs is answered here: the carrier is not called.
const noSubmission = (): OrderSubmission => ({ orderId: null, excluded: [] });

/** The TNs as the request sent them, in order (the builders have already refused invalid ones). */
const sentTns = (tns: Tn[]): Tn[] => tns.map((tn) => toTn(tn) ?? tn);

export function createNumbersApi(transport: Transport): NumbersApi {
  async function reserveOrRelease(operation: 'tnReserve' | 'tnRelease', tns: Tn[]): Promise<BatchOutcome> {
    if (tns.length === 0) return { requested: 0, succeeded: 0, excluded: [] };
    return invoke(transport, operation, tnReserveRequest(operation, tns), (b) => mapBatchOutcome(operation, b, tns));
  }

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

    reserve(tns: Tn[]): Promise<BatchOutcome> {
      return reserveOrRelease('tnReserve', tns);
    },

    release(tns: Tn[]): Promise<BatchOutcome> {
      return reserveOrRelease('tnRelease', tns);
    },

    listReserved(): Promise<ReservedNumber[]> {
      return emptyOnNotFound(invoke(transport, 'tnReservedList', {}, mapTnReservedList), () => []);
    },

    async order(request: TnOrderRequest): Promise<OrderSubmission> {
      if (request.items.length === 0) return noSubmission();
      const body = tnOrderRequest(request);
      return invoke(transport, 'tnOrder', body, (b) => mapOrderSubmission(b, sentTns(request.items.map((i) => i.tn))));
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
      if (items.length === 0) return noSubmission();
      const body = tnUpdateRequest(items, customerOrderReference);
      return invoke(transport, 'tnUpdate', body, (b) => mapOrderSubmission(b, sentTns(items.map((i) => i.tn))));
    },

    async orderFeatures(items: TnFeatureOrderItem[], customerOrderReference?: string): Promise<OrderSubmission> {
      if (items.length === 0) return noSubmission();
      const body = tnFeatureOrderRequest(items, customerOrderReference);
      return invoke(transport, 'tnFeatureOrder', body, (b) => mapOrderSubmission(b, sentTns(items.map((i) => i.tn))));
    },

    async updatePortOutPin(items: { tn: Tn; portOutPin: string }[]): Promise<ExcludedNumber[]> {
      if (items.length === 0) return [];
      const body = portOutPinUpdateRequest(items);
      // A refusal's text could quote the PIN it refused; a PIN never leaves the gateway in an answer.
      const pins = items.map((i) => i.portOutPin);
      try {
        const refused = await invoke(transport, 'portOutPinUpdate', body, (b) => mapNumberUpdate(b, sentTns(items.map((i) => i.tn))));
        return refused.map((e) => (e.reason ? { ...e, reason: scrub(e.reason, pins) } : e));
      } catch (error) {
        if (error instanceof UpstreamError) throw new UpstreamError(error.kind, error.operation, error.statusCode, scrub(error.message, pins));
        throw error;
      }
    },

    async updateNote(items: { tn: Tn; tnNote: string }[]): Promise<ExcludedNumber[]> {
      if (items.length === 0) return [];
      const body = tnNoteUpdateRequest(items);
      return invoke(transport, 'tnNoteUpdate', body, (b) => mapNumberUpdate(b, sentTns(items.map((i) => i.tn))));
    },

    async disconnect(tns: Tn[], customerOrderReference?: string): Promise<OrderSubmission> {
      if (tns.length === 0) return noSubmission();
      const body = tnDisconnectRequest(tns, customerOrderReference);
      return invoke(transport, 'tnDisconnect', body, (b) => mapOrderSubmission(b, sentTns(tns)));
    },
  };
}
