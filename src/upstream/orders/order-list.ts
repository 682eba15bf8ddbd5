/** /orderList: search orders (read; a search that matches nothing answers 430 (vendor Swagger): an empty page). */
import { defineOperation } from '../define.js';
import {
  orderStatusToCode,
  productToCode,
  serviceOrderTypeToCode,
  type OrderProduct,
  type OrderStatus,
  type ServiceOrderType,
} from '../shared/codes.js';
import { orderIdField } from '../shared/order-ref.js';
import { orderSummaryFields, orderSummaryFromWire, type OrderSummary } from '../shared/order-summary.js';
import { emptyPage, pageFields, pageFromWire, pageSort, type PageRequest } from '../shared/page.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { record, wrappedList } from '../wire/schema.js';
import { tnAsNumber } from '../wire/values.js';

export interface OrderListFilter {
  orderId?: string;
  customerOrderReference?: string;
  products?: OrderProduct[];
  serviceOrderType?: ServiceOrderType;
  status?: OrderStatus;
  tn?: Tn;
  createdFrom?: string; // YYYY-MM-DD
  createdTo?: string; // YYYY-MM-DD
  page?: PageRequest;
}

export const orderList = defineOperation({
  name: 'orderList',
  kind: 'read',
  // One product → `productId` (number); several → `productIdList` ("103,128").
  request: (filter: OrderListFilter) => {
    const products = [...new Set(filter.products ?? [])].map(productToCode);
    return compact({
      orderId: orderIdField(filter.orderId),
      customerOrderReference: filter.customerOrderReference,
      productId: products.length === 1 ? products[0] : undefined,
      productIdList: products.length > 1 ? products.join(',') : undefined,
      serviceOrderReference: filter.serviceOrderType ? serviceOrderTypeToCode(filter.serviceOrderType) : undefined,
      orderStatus: filter.status ? orderStatusToCode(filter.status) : undefined,
      tn: filter.tn != null ? tnAsNumber(inputTn('orderList', filter.tn)) : undefined,
      createdDateStartRange: filter.createdFrom,
      createdDateEndRange: filter.createdTo,
      pageSort: pageSort(filter.page),
    });
  },
  // The array of orders is keyed `orderType`.
  response: record({ orderList: wrappedList('orderType', record(orderSummaryFields)), ...pageFields }),
  map: (wire, filter) => {
    const items = wire.orderList.map((w, i) => orderSummaryFromWire(w, `orderList.orderType[${i}]`));
    return pageFromWire(wire, items, filter.page?.page);
  },
  notFound: { empty: (filter) => emptyPage<OrderSummary>(filter.page?.page) },
});
