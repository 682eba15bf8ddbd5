import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, type J } from './helpers.js';

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

describe('control API', () => {
  it('reports and advances the manual clock', async () => {
    const c = await h.control('GET', 'clock');
    expect(c.mode).toBe('manual');
    const next = await h.control('POST', 'clock/advance', { ms: 90_000 });
    expect(Date.parse(next.now) - Date.parse(c.now)).toBe(90_000);
    expect((await h.control('GET', 'clock')).now).toBe(next.now);
  });

  it('injects faults for N matching calls', async () => {
    await h.control('POST', 'faults', { operation: 'tnDetail', times: 2, statusCode: '500', status: 'Internal Error' });
    const call = () => h.call('tnDetail', { tnSearchList: { tnSearchItem: [{ tnMask: '3123489651' }] } });
    expect(await call()).toEqual({ status: 'Internal Error', statusCode: '500' });
    expect((await h.call('trunkGroupSearchAssigned')).statusCode).toBe('200');
    expect(await call()).toEqual({ status: 'Internal Error', statusCode: '500' });
    expect((await call()).statusCode).toBe('200');

    await h.control('POST', 'faults', { operation: '*', httpStatus: 503 });
    const res = await h.raw('tnAssignedList');
    expect(res.status).toBe(503);
    expect(((await res.json()) as Record<string, any>).statusCode).toBe('503');

    await h.control('POST', 'faults', { operation: 'tnAssignedList', dropConnection: true });
    await expect(h.raw('tnAssignedList')).rejects.toThrow();
    expect((await h.call('tnAssignedList')).statusCode).toBe('200');

    await h.control('POST', 'faults', {
      operation: '*',
      times: 5,
      statusCode: '431',
      status: 'Unable to complete the request at the moment, please try again',
    });
    await h.control('DELETE', 'faults');
    expect((await h.call('tnAssignedList')).statusCode).toBe('200');
  });

  it('adds latency to Services calls', async () => {
    await h.control('POST', 'latency', { ms: 150 });
    const t0 = Date.now();
    await h.call('trunkGroupSearchAssigned');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
    await h.control('POST', 'latency', { ms: 0 });
  });

  it('logs calls with privateKey and client secrets redacted', async () => {
    await h.control('DELETE', 'calls');
    await h.refreshToken();
    await h.call('tnAssignedList', {}, { version: '1.0.0' });
    await h.call('trunkGroupSearchAssigned', {}, { auth: 'Basic ' + Buffer.from('sandbox-api-key:sandbox-api-secret').toString('base64') });
    await h.call('trunkGroupSearchAssigned', {}, { auth: null });
    const { calls } = await h.control('GET', 'calls');
    expect(calls.map((c: J) => [c.operation, c.version, c.auth, c.statusCode])).toEqual([
      ['oauth2/token', null, 'none', '200'],
      ['tnAssignedList', '1.0.0', 'bearer', '200'],
      ['trunkGroupSearchAssigned', '2.0.0', 'basic', '200'],
      ['trunkGroupSearchAssigned', '2.0.0', 'none', '401001'],
    ]);
    // seq keeps increasing across DELETE /_sandbox/calls (only reset restarts it)
    expect(calls.map((c: J) => c.seq - calls[0].seq)).toEqual([0, 1, 2, 3]);
    expect(calls[0].body).toEqual({ client_id: '***', client_secret: '***', grant_type: 'client_credentials' });
    expect(calls[1].body).toEqual({ privateKey: '***' });
    expect(typeof calls[1].at).toBe('string');
    expect(JSON.stringify(calls)).not.toContain('sandbox-api-secret');
    await h.control('DELETE', 'calls');
    expect((await h.control('GET', 'calls')).calls).toEqual([]);
  });

  it('logs port-out PINs redacted at any depth, keeping the shape of the body', async () => {
    await h.control('DELETE', 'calls');
    await h.call('portOutPinUpdate', { portOutPin: { tnList: { tnItem: [{ tn: 3123489652, portOutPin: 'Secret 9652' }] } } });
    const { calls } = await h.control('GET', 'calls');
    expect(calls[0].body).toEqual({ privateKey: '***', portOutPin: { tnList: { tnItem: [{ tn: 3123489652, portOutPin: '***' }] } } });
  });

  it("logs a port-in's account PIN and a CSR lookup's PIN redacted", async () => {
    await h.control('DELETE', 'calls');
    await h.call('tnCsrLookup', { tn: '8005551234', accountNumber: '123', pin: '4455' });
    await h.call('portInOrder', { portInOrder: { tnList: { tnItem: [{ tn: 8005551234, accountPin: '9876' }] } } });
    const { calls } = await h.control('GET', 'calls');
    expect(JSON.stringify(calls)).not.toMatch(/4455|9876/);
    expect(calls[0].body).toMatchObject({ pin: '***' });
    expect(calls[1].body).toMatchObject({ portInOrder: { tnList: { tnItem: [{ accountPin: '***' }] } } });
  });

  it('reset restores the seeded state; the same seed gives the same data', async () => {
    const before = await h.call('tnInventory', { tnMask: '630xxxxxxx', pageSort: { size: 20 } });
    await h.call('tnOrder', { tnOrder: { tnList: { tnItem: [{ tn: before.tnResult[0].telephoneNumber }] } } });
    await h.control('POST', 'reset', { seed: 7 });
    const other = await h.call('tnInventory', { tnMask: '630xxxxxxx', pageSort: { size: 20 } });
    expect(other.tnResult.map((x: J) => x.telephoneNumber)).not.toEqual(before.tnResult.map((x: J) => x.telephoneNumber));
    await h.control('POST', 'reset', { seed: 1 });
    const again = await h.call('tnInventory', { tnMask: '630xxxxxxx', pageSort: { size: 20 } });
    expect(again.tnResult).toEqual(before.tnResult);
  });

  it('toggles account settings', async () => {
    expect(await h.control('POST', 'account', { wirelessEnabled: true, maxReservedTns: 5 })).toMatchObject({
      wirelessEnabled: true,
      maxReservedTns: 5,
    });
    expect((await h.call('tnInventoryCoverage', { wireless: 'Y' })).statusCode).toBe('200');
    await h.control('POST', 'reset', {});
    expect((await h.call('tnInventoryCoverage', { wireless: 'Y' })).statusCode).toBe('414');
  });

  it('answers GET /_sandbox with its own index: the routes and the operations a fault can name', async () => {
    const index = await h.control('GET', '');
    expect(index.routes['POST /_sandbox/faults']).toMatch(/operation/);
    expect(index.routes['GET /_sandbox']).toBeDefined();
    expect(index.operations).toContain('tnDetail');
    expect(index.operations).toContain('orderList');
  });

  it('refuses a fault for an operation it does not know, and keeps no such fault', async () => {
    await h.control('DELETE', 'faults');
    const refused = await h.control('POST', 'faults', { operation: 'tnDetial' });
    expect(refused.error).toBe('unknown operation tnDetial: see GET /_sandbox for the list');
    expect((await h.control('GET', 'faults')).faults).toEqual([]);
    expect((await h.control('POST', 'faults', { operation: '/tnDetail' })).faults).toHaveLength(1);
    await h.control('DELETE', 'faults');
  });
});
