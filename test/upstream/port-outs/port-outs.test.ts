import { describe, expect, it } from 'vitest';
import { portOutApproval } from '../../../src/upstream/port-outs/port-out-approval.js';
import { tnPortOutHistory } from '../../../src/upstream/port-outs/tn-port-out-history.js';
import { tnPortOutReject } from '../../../src/upstream/port-outs/tn-port-out-reject.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';

// The guide's /tnPortOutHistory example (L11660–L11692); its missing closing brace restored.
const HISTORY_RESPONSE = `{
  "status": "Success",
  "statusCode": "200",
  "orderList": {"orderType": [
    { "orderId": 1356221, "orderStatus": "Canceled", "createdDate": "2017-05-05T00:00:00.000+0000", "portDate": "2017-05-12T00:00:00.000+0000", "tn": "3216667663" },
    { "orderId": 1356575, "orderStatus": "Canceled", "createdDate": "2017-05-07T00:00:00.000+0000", "portDate": "2017-05-15T00:00:00.000+0000", "tn": "3028303232" },
    { "orderId": 1385129, "orderStatus": "Closed", "createdDate": "2017-05-24T00:00:00.000+0000", "portDate": "2017-06-01T00:00:00.000+0000", "tn": "3028303232" },
    { "orderId": 1385525, "orderStatus": "Closed", "createdDate": "2017-05-25T00:00:00.000+0000", "portDate": "2017-06-05T00:00:00.000+0000", "tn": "9707717171" }
  ]}
}`;

describe('port-out operations', () => {
  it("/tnPortOutReject sends the guide's wrapped request (TN a string, order id a number) and checks the reason", () => {
    expect(tnPortOutReject.request({ orderId: '1501843', tn: '(808) 201-7948', reason: 'INVZIPCD' })).toEqual({
      tnPortOutReject: { orderId: 1501843, tn: '8082017948', rejectReason: 'INVZIPCD' },
    });
    expect(() => tnPortOutReject.request({ orderId: '1501843', tn: '123', reason: 'PIN' })).toThrow(/ten-digit/);
    expect(() => tnPortOutReject.request({ orderId: '1', tn: '8082017948', reason: 'NOPE' as 'PIN' })).toThrow(/reason/);
    expect(tnPortOutReject.parse({ statusCode: '200', status: 'Success' }, { orderId: '1', tn: '8082017948', reason: 'PIN' })).toBe(true);
  });

  it("/portOutApproval sends the guide's request", () => {
    expect(portOutApproval.request({ orderId: '1501843' })).toEqual({ orderId: 1501843 });
    expect(() => portOutApproval.request({ orderId: ' ' })).toThrow(/orderId/);
    expect(portOutApproval.parse({ statusCode: '200', status: 'Success' }, { orderId: '1501843' })).toBe(true);
  });

  it("/tnPortOutHistory reads the guide's example, one entry per order and number", () => {
    expect(tnPortOutHistory.request(undefined)).toEqual({});
    const entries = tnPortOutHistory.parse(JSON.parse(HISTORY_RESPONSE) as WireObject, undefined);
    expect(entries).toHaveLength(4);
    expect(entries[0]).toEqual({
      orderId: '1356221',
      tn: '3216667663',
      status: 'CANCELED',
      createdAt: '2017-05-05T00:00:00.000Z',
      portedAt: '2017-05-12T00:00:00.000Z',
    });
    expect(entries[2]).toMatchObject({ orderId: '1385129', status: 'CLOSED', tn: '3028303232' });
  });
});
