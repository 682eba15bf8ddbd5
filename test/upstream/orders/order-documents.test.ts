import { describe, expect, it } from 'vitest';
import { orderAddDocument } from '../../../src/upstream/orders/order-add-document.js';
import { orderDocument } from '../../../src/upstream/orders/order-document.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

// The guide's examples (L10459–L10476, L10500–L10520), verbatim.
const ADD_RESPONSE = `{
  "statusCode": 200,
  "status": "Success",
  "documentId": "207032"
}`;
const DOCUMENT_RESPONSE = `{
  "status": "Success",
  "statusCode": "200",
  "orderDocumentList": {
    "orderDocument": [
      {
        "documentId": 207032,
        "documentName": "TestDoc01",
        "fileContent": "U29tZSB1bmNvZGVkIHRleHQ=",
        "description": "",
        "mimeType": ""
      }
    ]
  }
}`;
const parse = (text: string) => JSON.parse(text) as WireObject;

describe('/orderAddDocument and /orderDocument', () => {
  it("sends the guide's request (orderId a number) and reads the documentId string", () => {
    const input = { ref: { orderId: '1026470' }, name: 'TestDoc', content: 'U29tZSB1bmNvZGVkIHR1eHQ=' };
    expect(orderAddDocument.request(input)).toEqual({ orderId: 1026470, documentName: 'TestDoc', fileContent: 'U29tZSB1bmNvZGVkIHR1eHQ=' });
    expect(orderAddDocument.request({ ...input, ref: { customerOrderReference: 'customerRef12345' }, description: 'LOA' })).toEqual({
      customerOrderReference: 'customerRef12345',
      documentName: 'TestDoc',
      documentDescription: 'LOA',
      fileContent: 'U29tZSB1bmNvZGVkIHR1eHQ=',
    });
    expect(orderAddDocument.parse(parse(ADD_RESPONSE), input)).toBe('207032');
    expect(() => orderAddDocument.parse({ statusCode: '200' }, input)).toThrow(/documentId/);
  });

  it("reads the guide's document list: the numeric id as a string, empty description and MIME type absent", () => {
    expect(orderDocument.request({ orderId: '1026470' })).toEqual({ orderId: 1026470 });
    expect(orderDocument.parse(parse(DOCUMENT_RESPONSE), { orderId: '1026470' })).toEqual([
      { documentId: '207032', name: 'TestDoc01', content: 'U29tZSB1bmNvZGVkIHRleHQ=' },
    ]);
    expect(
      orderDocument.parse(
        {
          statusCode: '200',
          orderDocumentList: [{ documentId: '5', documentDescription: 'LOA', mimeType: 'application/pdf', fileContent: 'QQ==' }],
        },
        { orderId: '1' },
      ),
    ).toEqual([{ documentId: '5', description: 'LOA', mimeType: 'application/pdf', content: 'QQ==' }]);
  });
});
