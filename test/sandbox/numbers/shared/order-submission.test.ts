import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, items, type J } from '../../helpers.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
});

const order = (tnItem: J[], extra: J = {}) => h.call('tnOrder', { tnOrder: { ...extra, tnList: { tnItem } } });
const featureOrder = (tnItem: J[], extra: J = {}) => h.call('tnFeatureOrder', { tnFeatureOrder: { ...extra, tnList: { tnItem } } });

describe('wrappers and lists', () => {
  it('answers 414 naming the missing wrapper or list of each order-creating and list-carrying operation', async () => {
    const required = (field: string) => ({ status: `Fields are Required: ${field}`, statusCode: '414' });
    expect(await h.call('tnOrder', {})).toEqual(required('tnOrder'));
    expect(await h.call('tnOrder', { tnOrder: {} })).toEqual(required('tnList.tnItem'));
    expect(await h.call('tnFeatureOrder', {})).toEqual(required('tnFeatureOrder'));
    expect(await h.call('tnFeatureOrder', { tnFeatureOrder: { tnList: { tnItem: [] } } })).toEqual(required('tnList.tnItem'));
    expect(await h.call('tnUpdate', {})).toEqual(required('tnList.tnItem'));
    expect(await h.call('tnDisconnect', { tnDisconnect: {} })).toEqual(required('tnList.tnItem'));
    for (const op of ['tnReserve', 'tnRelease', 'portOutPin', 'tnNote']) {
      const operation = op === 'portOutPin' ? 'portOutPinUpdate' : op === 'tnNote' ? 'tnNoteUpdate' : op;
      expect(await h.call(operation, {})).toEqual(required(op));
      expect(await h.call(operation, { [op]: { tnList: {} } })).toEqual(required(`${op}.tnList.tnItem`));
    }
    // /tnUpdate and /tnDisconnect take their tnList at the top level, or inside a wrapper named after them.
    const wrapped = await h.call('tnUpdate', {
      tnUpdate: { customerOrderReference: 'W1', ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }) },
    });
    expect(wrapped).toMatchObject({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
  });
});

describe('customerOrderReference', () => {
  const INVALID = {
    status: 'CustomerOrderReference has invalid characters and cannot include <, \\, ^, ~, `, }, {, >, =, ], [, !',
    statusCode: '409',
  };

  it("refuses the vendor Swagger's forbidden characters on every order-creating operation, creating nothing", async () => {
    expect(await order([{ tn: 6123453622 }], { customerOrderReference: 'ACME<42>' })).toEqual(INVALID);
    expect(await h.call('tnUpdate', { customerOrderReference: 'a\\b', ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }) })).toEqual(
      INVALID,
    );
    expect(await featureOrder([{ tn: 3124795862, tnFeature: { callerId: { cnamDip: 'Y' } } }], { customerOrderReference: 'Hi!' })).toEqual(
      INVALID,
    );
    expect(await h.call('tnDisconnect', { customerOrderReference: '[1]', ...items([3123489654]) })).toEqual(INVALID);
    expect(await h.inventory('6123453622')).toEqual(['6123453622']);
    expect((await h.detail('3123489654'))!.tnStatus).toBe('In Service');
    expect(await h.call('orderList', { orderStatus: 'INCOMPLT' })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it('accepts alphanumeric references and other punctuation', async () => {
    const r = await h.call('tnDisconnect', { customerOrderReference: 'Acme-42 batch_7', ...items([3123489654]) });
    expect(r.orderId).toMatch(/^\d+$/);
    expect((await h.call('orderDetail', { orderId: r.orderId })).orderDetailResponse.customerOrderReference).toBe('Acme-42 batch_7');
  });
});
