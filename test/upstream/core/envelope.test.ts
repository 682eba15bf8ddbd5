import { describe, expect, it } from 'vitest';
import { UpstreamError } from '../../../src/upstream/core/errors.js';
import { ok, sendJson } from '../canned-server.js';
import { NO_RESULT_FOUND, TN_RESERVE_LIMIT } from '../fixtures/guide-examples.js';
import { server, client, failure, useCannedCarrier } from './carrier-harness.js';

useCannedCarrier();

describe('envelope → typed errors', () => {
  const cases: [string, (res: import('node:http').ServerResponse) => void, Partial<UpstreamError>][] = [
    ['430 → NOT_FOUND', (res) => sendJson(res, NO_RESULT_FOUND), { kind: 'NOT_FOUND', statusCode: '430', message: 'No Result Found' }],
    [
      '414 → REJECTED with the status text',
      (res) => sendJson(res, { status: 'Fields are Required: orderId', statusCode: '414' }),
      { kind: 'REJECTED', statusCode: '414', message: 'Fields are Required: orderId' },
    ],
    [
      '408 → UNAUTHENTICATED',
      (res) => sendJson(res, { status: 'Private Key cannot be blank', statusCode: '408' }),
      { kind: 'UNAUTHENTICATED', statusCode: '408' },
    ],
    [
      '410 → UNAUTHENTICATED',
      (res) => sendJson(res, { status: 'Private Key is not valid', statusCode: '410' }),
      { kind: 'UNAUTHENTICATED', statusCode: '410' },
    ],
    // The Swagger's 408s also report field checks ("orderId can not be blank.", /orderDetail).
    [
      '408 about a field → REJECTED with the status text',
      (res) => sendJson(res, { status: 'orderId can not be blank.', statusCode: '408' }),
      { kind: 'REJECTED', statusCode: '408', message: 'orderId can not be blank.' },
    ],
    [
      '408 "privateKey can not blank." (Swagger) → UNAUTHENTICATED',
      (res) => sendJson(res, { status: 'privateKey can not blank.', statusCode: '408' }),
      { kind: 'UNAUTHENTICATED', statusCode: '408' },
    ],
    // 410 "Invalid Order Id" (L10544) on a read of one order is that order not existing, like 430.
    [
      '410 Invalid Order Id on /orderDetail → NOT_FOUND',
      (res) => sendJson(res, { status: 'Invalid Order Id', statusCode: '410' }),
      { kind: 'NOT_FOUND', statusCode: '410', message: 'Invalid Order Id' },
    ],
    [
      '1403 → UNAUTHENTICATED',
      (res) => sendJson(res, { status: 'Invalid or missing privateKey parameter', statusCode: 1403 }),
      { kind: 'UNAUTHENTICATED', statusCode: '1403' },
    ],
    [
      'HTTP 403 without envelope → UNAUTHENTICATED',
      (res) => sendJson(res, '<html>Forbidden</html>', 403),
      { kind: 'UNAUTHENTICATED', statusCode: 'HTTP 403' },
    ],
    [
      'HTTP 400 with an envelope → the envelope wins',
      (res) => sendJson(res, { status: 'Request format not recognized (Unrecognized fields in json)', statusCode: '400' }, 400),
      { kind: 'REJECTED', statusCode: '400' },
    ],
    ['HTTP 404 without envelope → REJECTED', (res) => sendJson(res, 'Not Found', 404), { kind: 'REJECTED', statusCode: 'HTTP 404' }],
    [
      'HTTP 200 non-JSON → UNAVAILABLE',
      (res) => sendJson(res, '<html>maintenance</html>', 200),
      { kind: 'UNAVAILABLE', statusCode: 'HTTP 200' },
    ],
    [
      'HTTP 200 wrong shape → UNAVAILABLE',
      (res) => sendJson(res, ok({ orderDetailResponse: 'nope' })),
      { kind: 'UNAVAILABLE', statusCode: 'BAD_RESPONSE' },
    ],
  ];
  for (const [name, respond, expected] of cases) {
    it(name, async () => {
      server.onServices = (_req, res) => respond(res);
      const error = await failure(client({ readRetries: 0 }).orders.orderDetail({ orderId: '1054832' }));
      expect(error).toMatchObject({ operation: 'orderDetail', ...expected });
    });
  }

  it('431 on /tnReserve → LIMIT_EXCEEDED; HTTP 429 → LIMIT_EXCEEDED', async () => {
    server.onServices = (_req, res) => sendJson(res, TN_RESERVE_LIMIT);
    expect(await failure(client().numbers.tnReserve({ tns: ['2015540010'] }))).toMatchObject({
      kind: 'LIMIT_EXCEEDED',
      statusCode: '431',
      message: 'Request exceeds the maximum number of reserved TNs',
    });
    server.onServices = (_req, res) => sendJson(res, '', 429);
    expect(await failure(client().numbers.tnRelease({ tns: ['2015540010'] }))).toMatchObject({
      kind: 'LIMIT_EXCEEDED',
      statusCode: 'HTTP 429',
    });
  });

  it('a body statusCode of 201 is no success: the Swagger\'s /tnRelease "Unable to release tns" → REJECTED', async () => {
    server.onServices = (_req, res) => sendJson(res, { statusCode: '201', status: 'Unable to release tns' });
    expect(await failure(client().numbers.tnRelease({ tns: ['2015540010'] }))).toMatchObject({
      kind: 'REJECTED',
      statusCode: '201',
      message: 'Unable to release tns',
    });
  });

  it('430 reads that mean "empty" resolve empty; orderDetail stays NOT_FOUND', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'No Results found', statusCode: '430' });
    const api = client();
    await expect(api.numbers.tnReservedList()).resolves.toEqual([]);
    await expect(api.numbers.tnDetail({ criteria: [{ tnMask: '3123804519' }], page: { page: 2 } })).resolves.toEqual({
      items: [],
      page: 2,
      totalPages: 0,
      totalItems: 0,
    });
    await expect(api.orders.orderNote({ orderId: '1026470' })).resolves.toEqual([]);
    await expect(api.orders.excludedTnList({ orderId: '1054832' })).resolves.toEqual([]);
    await expect(api.orders.orderList({})).resolves.toMatchObject({ items: [], totalItems: 0 });
    await expect(api.ping()).resolves.toBeUndefined();
    expect((await failure(api.orders.orderDetail({ customerOrderReference: 'x' }))).kind).toBe('NOT_FOUND');
  });

  it('410 Invalid Order Id: empty notes and exclusions, a rejected cancel or note', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'Invalid Order Id', statusCode: '410' });
    const api = client();
    await expect(api.orders.orderNote({ orderId: '999' })).resolves.toEqual([]);
    await expect(api.orders.excludedTnList({ orderId: '999' })).resolves.toEqual([]);
    expect(await failure(api.orders.orderCancel({ orderId: '999' }))).toMatchObject({
      kind: 'REJECTED',
      statusCode: '410',
      message: 'Invalid Order Id',
    });
    expect(await failure(api.orders.orderAddNote({ ref: { orderId: '999' }, note: 'n' }))).toMatchObject({
      kind: 'REJECTED',
      statusCode: '410',
    });
  });

  it('/tnOrder exclusions are read against the TNs as sent, in order', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: '{1=[TN is on an existing order]}', statusCode: '200', orderId: 'null' });
    const submission = await client().numbers.tnOrder({ items: [{ tn: '+1 (612) 345-3622' }, { tn: '6123453623' }] });
    expect(submission).toEqual({ orderId: null, excluded: [{ tn: '6123453623', reason: 'TN is on an existing order' }] });
  });

  it('a write answer whose exclusion names no number of the request is unreadable (UNAVAILABLE), not success', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: '{10=[TN not available]}', statusCode: '200', orderId: 'null' });
    const error = await failure(client().numbers.tnOrder({ items: [{ tn: '6123453622' }, { tn: '6123453623' }] }));
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', operation: 'tnOrder', statusCode: 'BAD_RESPONSE' });
    expect(server.calls).toHaveLength(1);
  });

  it('a /portOutPinUpdate refusal that quotes the PIN comes back with the PIN masked', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: '{0=[3123489652 PIN 4321x is too weak]}', statusCode: '200' });
    const refused = await client().numbers.portOutPinUpdate({ items: [{ tn: '3123489652', portOutPin: '4321x' }] });
    expect(refused).toEqual([{ tn: '3123489652', reason: 'PIN [REDACTED] is too weak' }]);
  });

  it('a /portOutPinUpdate refusal of the whole request that quotes the PIN has it masked in the error', async () => {
    server.onServices = (_req, res) => sendJson(res, { status: 'Invalid portOutPin SECRETPIN777 for tn 2013355586', statusCode: '414' });
    const error = await failure(client().numbers.portOutPinUpdate({ items: [{ tn: '2013355586', portOutPin: 'SECRETPIN777' }] }));
    expect(error).toMatchObject({ kind: 'REJECTED', statusCode: '414', message: 'Invalid portOutPin [REDACTED] for tn 2013355586' });
  });

  it('statusCode 200 as a number, and "Success" without statusCode, are success', async () => {
    let n = 0;
    server.onServices = (_req, res) =>
      ++n === 1 ? sendJson(res, { statusCode: 200, status: 'Success' }) : sendJson(res, { status: 'Success' });
    const api = client();
    await expect(api.orders.orderCancel({ orderId: '1026470' })).resolves.toBeUndefined();
    await expect(api.numbers.portOutPinUpdate({ items: [{ tn: '3123489652', portOutPin: 'New PIN 9652' }] })).resolves.toEqual([]);
  });
});
