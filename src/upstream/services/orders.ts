/** OrdersApi over the Order operations. */
import type { OrdersApi } from '../api.js';
import { UpstreamError } from '../errors.js';
import type { ExcludedOrderNumber, OrderDetail, OrderListFilter, OrderNote, OrderRef, OrderSummary, Page, Tn } from '../model.js';
import { emptyPage } from '../mappers/common.js';
import { mapExcludedTnList } from '../mappers/excluded-tns.js';
import { mapOrderDetail } from '../mappers/order-detail.js';
import { mapOrderList } from '../mappers/order-list.js';
import { mapOrderAddNote, mapOrderNote } from '../mappers/order-note.js';
import { excludedTnListRequest, orderAddNoteRequest, orderListRequest, orderRefRequest } from '../requests.js';
import type { Transport } from '../transport.js';
import { emptyOnNotFound, invoke } from './call.js';

/**
 * A read of one order answered 410 (not about the private key, which the
 * envelope already classified): "Invalid Order Id" (guide L10544), "order_id
 * or customerOrderReference are not valid" (vendor Swagger, /orderDetail).
 * For a read that is the order not existing, like 430.
 */
async function notFoundOnInvalidOrder<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'REJECTED' && error.statusCode === '410') {
      throw new UpstreamError('NOT_FOUND', error.operation, error.statusCode, error.message);
    }
    throw error;
  }
}

export function createOrdersApi(transport: Transport): OrdersApi {
  return {
    async list(filter: OrderListFilter): Promise<Page<OrderSummary>> {
      const requested = filter.page?.page;
      // A search that matches nothing answers 430 (vendor Swagger): an empty page.
      return emptyOnNotFound(
        invoke(transport, 'orderList', orderListRequest(filter), (b) => mapOrderList(b, requested)),
        () => emptyPage(requested),
      );
    },

    async detail(ref: OrderRef): Promise<OrderDetail> {
      // 430 (and 410 "Invalid Order Id") stays a NOT_FOUND error: the order does not exist.
      return notFoundOnInvalidOrder(invoke(transport, 'orderDetail', orderRefRequest('orderDetail', ref), (b) => mapOrderDetail(b, ref)));
    },

    async cancel(ref: OrderRef): Promise<void> {
      await invoke(transport, 'orderCancel', orderRefRequest('orderCancel', ref), () => undefined);
    },

    async addNote(ref: OrderRef, note: string): Promise<string> {
      return invoke(transport, 'orderAddNote', orderAddNoteRequest(ref, note), mapOrderAddNote);
    },

    async notes(ref: OrderRef): Promise<OrderNote[]> {
      return emptyOnNotFound(notFoundOnInvalidOrder(invoke(transport, 'orderNote', orderRefRequest('orderNote', ref), mapOrderNote)), () => []);
    },

    async excludedNumbers(ref: OrderRef | { tn: Tn }): Promise<ExcludedOrderNumber[]> {
      const call = invoke(transport, 'excludedTnList', excludedTnListRequest(ref), mapExcludedTnList);
      return emptyOnNotFound('tn' in ref && ref.tn != null ? call : notFoundOnInvalidOrder(call), () => []);
    },
  };
}
