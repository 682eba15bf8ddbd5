import { describe, expect, it } from 'vitest';
import { orderList } from '../../../src/upstream/orders/order-list.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/orderList → Page<OrderSummary>', () => {
    const page = orderList.parse(parse(guide.ORDER_LIST), {});
    expect(page).toEqual({
      page: 1,
      totalPages: 1,
      totalItems: 1,
      searchId: '141213799652',
      items: [
        {
          orderId: '1026470',
          status: 'CLOSED',
          statusLabel: 'Closed',
          product: 'TELEPHONE_NUMBER',
          productName: 'Telephone Number',
          customerOrderReference: 'TestOrder04',
          type: 'NEW',
          serviceOrderName: 'New',
          desiredDueDate: '2015-12-31',
          tnQuantity: 1,
          // A date only: no createdAt is invented from it.
          createdOn: '2015-12-21',
          createdUser: 'api_user',
          // yyyyMMddHHmmss 20151222145729, nanoseconds 830902000, offset -0500.
          lastModified: '2015-12-22T19:57:29.830Z',
        },
      ],
    });
  });
});

describe('request builders emit what the guide examples emit', () => {
  it('/orderList: codes, numeric tn and productId, productIdList for several', () => {
    expect(
      orderList.request({
        createdFrom: '2015-12-22',
        products: ['TELEPHONE_NUMBER'],
        tn: '3344123221',
        serviceOrderType: 'NEW',
        page: { size: 1, page: 1 },
      }),
    ).toEqual({
      createdDateStartRange: '2015-12-22',
      productId: 103,
      tn: 3344123221,
      serviceOrderReference: 'NEW',
      pageSort: { size: 1, page: 1 },
    });
    expect(
      orderList.request({
        products: ['TELEPHONE_NUMBER', 'TN_FEATURE', 'TN_MESSAGING_ONLY'],
        status: 'PENDING_CANCEL',
        serviceOrderType: 'DISCONNECT',
      }),
    ).toEqual({
      productIdList: '103,128,129',
      orderStatus: 'PCNCL',
      serviceOrderReference: 'DISCO',
    });
  });
});
