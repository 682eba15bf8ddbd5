import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

let h: Harness;
let orderId: number;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
  await h.refreshToken();
  const list = await h.call('orderList', { pageSort: { size: 1 } });
  orderId = Number(list['orderList']['orderType'][0]['orderId']);
});

describe('orderAddDocument and orderDocument', () => {
  it("attaches a document with the guide's answer (statusCode a number, documentId a string) and lists it (id a number)", async () => {
    const added = await h.call('orderAddDocument', { orderId, documentName: 'TestDoc', fileContent: 'U29tZSB1bmNvZGVkIHR1eHQ=' });
    expect(added).toEqual({ statusCode: 200, status: 'Success', documentId: '207032' });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).toString('base64');
    await h.call('orderAddDocument', { orderId, documentName: 'loa.png', documentDescription: 'LOA', fileContent: png });
    expect(await h.call('orderDocument', { orderId })).toEqual({
      status: 'Success',
      statusCode: '200',
      orderDocumentList: {
        orderDocument: [
          { documentId: 207032, documentName: 'TestDoc', fileContent: 'U29tZSB1bmNvZGVkIHR1eHQ=', description: '', mimeType: '' },
          { documentId: 207033, documentName: 'loa.png', fileContent: png, description: 'LOA', mimeType: 'image/png' },
        ],
      },
    });
  });

  it("answers the guide's codes: 414 for a missing field, 410 for an unknown order, 430 for none, 409 for bad base64", async () => {
    expect(await h.call('orderAddDocument', { orderId, fileContent: 'QQ==' })).toEqual({
      statusCode: '414',
      status: 'Fields are Required: documentName',
    });
    expect(await h.call('orderAddDocument', { orderId: 1, documentName: 'x', fileContent: 'QQ==' })).toEqual({
      statusCode: '410',
      status: 'Invalid Order Id',
    });
    expect(await h.call('orderAddDocument', { orderId, documentName: 'x', fileContent: 'not base64!' })).toEqual({
      statusCode: '409',
      status: 'Invalid Input Parameters: fileContent',
    });
    expect(await h.call('orderDocument', { orderId })).toEqual({ statusCode: '430', status: 'No Results Found' });
    expect(await h.call('orderDocument', { orderId: 1 })).toEqual({ statusCode: '410', status: 'Invalid Order Id' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'orderDocument', { orderId, documentId: 1 });
  });
});
