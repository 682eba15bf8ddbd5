import { describe, expect, it } from 'vitest';
import { ok, sendJson } from '../canned-server.js';
import { NO_RESULT_FOUND } from '../fixtures/guide-examples.js';
import { PRIVATE_KEY, server, events, client, failure, TRUNK_GROUPS, useCannedCarrier } from './carrier-harness.js';

useCannedCarrier();

describe('body', () => {
  it('adds privateKey to every body and posts JSON to ${servicesUrl}/${operation}', async () => {
    server.onServices = (req, res) => {
      if (req.operation === 'orderAddNote') return sendJson(res, { statusCode: 200, status: 'Success', noteId: '29984646' });
      if (req.operation === 'tnReservedList' || req.operation === 'orderNote' || req.operation === 'excludedTnList') {
        return sendJson(res, NO_RESULT_FOUND);
      }
      sendJson(res, ok());
    };
    const api = client({ servicesUrl: `${server.servicesUrl}/` });
    await api.numbers.tnReservedList();
    await api.numbers.tnNoteUpdate({ items: [{ tn: '3123489652', tnNote: 'Subaccount A' }] });
    await api.orders.orderCancel({ orderId: '1026470' });
    expect(await api.orders.orderAddNote({ ref: { customerOrderReference: 'customerRef12345' }, note: 'This is a note!' })).toBe(
      '29984646',
    );
    await api.orders.orderNote({ orderId: '1026470' });
    await api.orders.excludedTnList({ tn: '7278482111' });
    expect(server.calls.map((c) => c.path)).toEqual([
      '/Services/2.0.0/tnReservedList',
      '/Services/2.0.0/tnNoteUpdate',
      '/Services/2.0.0/orderCancel',
      '/Services/2.0.0/orderAddNote',
      '/Services/2.0.0/orderNote',
      '/Services/2.0.0/excludedTnList',
    ]);
    for (const call of server.calls) {
      expect(call.headers['content-type']).toContain('application/json');
      expect(call.json?.['privateKey']).toBe(PRIVATE_KEY);
    }
    expect(server.calls[1]!.json).toEqual({
      privateKey: PRIVATE_KEY,
      tnNote: { tnList: { tnItem: [{ tn: 3123489652, tnNote: 'Subaccount A' }] } },
    });
    expect(server.calls[2]!.json).toEqual({ privateKey: PRIVATE_KEY, orderId: 1026470 });
    expect(server.calls[3]!.json).toEqual({
      privateKey: PRIVATE_KEY,
      customerOrderReference: 'customerRef12345',
      orderNote: 'This is a note!',
    });
    expect(server.calls[5]!.json).toEqual({ privateKey: PRIVATE_KEY, tn: '7278482111' });
  });
});

describe('retries', () => {
  it('retries a read on HTTP 503 with backoff', async () => {
    let n = 0;
    server.onServices = (_req, res) => (++n < 3 ? sendJson(res, 'Service Unavailable', 503) : sendJson(res, TRUNK_GROUPS));
    await expect(client().trunkGroups.trunkGroupSearchAssigned()).resolves.toHaveLength(2);
    expect(server.calls).toHaveLength(3);
    expect(events.map((e) => [e.operation, e.attempt, e.outcome, e.statusCode])).toEqual([
      ['trunkGroupSearchAssigned', 1, 'error', 'HTTP 503'],
      ['trunkGroupSearchAssigned', 2, 'error', 'HTTP 503'],
      ['trunkGroupSearchAssigned', 3, 'success', '200'],
    ]);
  });

  it('retries a read on a dropped connection', async () => {
    let n = 0;
    server.onServices = (_req, res) => {
      if (++n === 1) return res.socket?.destroy();
      sendJson(res, ok({ tnBasicList: { tnBasicItem: [{ tn: 2012512771, tnStatus: 'Pending' }] } }));
    };
    await expect(client().numbers.tnAssignedList()).resolves.toEqual([{ tn: '2012512771', status: 'PENDING' }]);
    expect(server.calls).toHaveLength(2);
  });

  it('retries a read on HTTP 429 and an envelope 500', async () => {
    let n = 0;
    server.onServices = (_req, res) => {
      n += 1;
      if (n === 1) return sendJson(res, '', 429, { 'retry-after': '0' });
      if (n === 2) return sendJson(res, { status: 'Internal Error', statusCode: '500' });
      sendJson(res, TRUNK_GROUPS);
    };
    await expect(client().ping()).resolves.toBeUndefined();
    expect(server.calls).toHaveLength(3);
  });

  it('gives up after readRetries', async () => {
    server.onServices = (_req, res) => sendJson(res, 'down', 502);
    const error = await failure(client({ readRetries: 1 }).ping());
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', statusCode: 'HTTP 502' });
    expect(server.calls).toHaveLength(2);
  });

  it('never retries a write on 503', async () => {
    server.onServices = (_req, res) => sendJson(res, 'Service Unavailable', 503);
    const error = await failure(client().numbers.tnOrder({ items: [{ tn: '6123453622' }] }));
    expect(error).toMatchObject({ kind: 'UNAVAILABLE', operation: 'tnOrder', statusCode: 'HTTP 503' });
    expect(server.calls).toHaveLength(1);
  });

  it('never retries a write on a dropped connection', async () => {
    server.onServices = (_req, res) => res.socket?.destroy();
    const error = await failure(client().numbers.tnReserve({ tns: ['2015540010'] }));
    expect(error.kind).toBe('UNAVAILABLE');
    expect(error.operation).toBe('tnReserve');
    expect(server.calls).toHaveLength(1);
  });
});

describe('timeouts', () => {
  it('a read that gets no answer is TIMEOUT (after its retries)', async () => {
    server.onServices = () => {
      /* never answer */
    };
    const error = await failure(client({ timeoutMs: 150, readRetries: 1 }).numbers.tnAssignedList());
    expect(error).toMatchObject({ kind: 'TIMEOUT', operation: 'tnAssignedList', statusCode: 'ETIMEDOUT' });
    expect(server.calls).toHaveLength(2);
  });

  it('a write that gets no answer is TIMEOUT, not retried', async () => {
    server.onServices = () => {};
    const error = await failure(client({ timeoutMs: 150 }).numbers.tnDisconnect({ tns: ['3123489654'] }));
    expect(error).toMatchObject({ kind: 'TIMEOUT', operation: 'tnDisconnect' });
    expect(server.calls).toHaveLength(1);
  });
});
