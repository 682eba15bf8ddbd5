import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Harness, items, type J } from './helpers.js';

let h: Harness;
beforeAll(async () => { h = await Harness.start(); });
afterAll(async () => { await h.close(); });
beforeEach(async () => { await h.control('POST', 'reset', {}); await h.refreshToken(); });

const order = (tnItem: J[], extra: J = {}) => h.call('tnOrder', { tnOrder: { ...extra, tnList: { tnItem } } });
const status = async (orderId: string) => (await h.call('orderDetail', { orderId: Number(orderId) })).orderDetailResponse.orderStatus;

describe('tnOrder', () => {
  it('completes small featureless orders synchronously with orderId "null" and keeps history', async () => {
    const r = await order([{ tn: 6123453622, trunkGroup: 'CHCGIL24CL1_897' }, { tn: '6123453623', portOutPin: 'Test 3623', tnNote: 'lobby' }]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: 'null' });
    const d = await h.detail('6123453623');
    expect(d).toMatchObject({ tn: 6123453623, tnStatus: 'In Service', portOutPin: 'Test 3623', tnNote: 'lobby', rateCenter: 'MINNEAPLS' });
    expect((await h.detail('6123453622'))!.trunkGroup).toBe('CHCGIL24CL1_897');
    const list = await h.call('orderList', { tn: 6123453622 });
    expect(list.orderList.orderType).toHaveLength(1);
    expect(list.orderList.orderType[0]).toMatchObject({ orderStatus: 'Closed', productName: 'Telephone Number', serviceOrderName: 'New', tnQuantity: 2 });
    // Ordered TNs left the inventory.
    expect(await h.inventory('612345362x')).toEqual(['6123453624']);
  });

  it('reports invalid TNs inside status keyed by request index', async () => {
    await order([{ tn: 6123453624 }]);
    const r = await order([
      { tn: 6123453622 },
      { tn: 3123489651 },
      { tn: 6123453624 },
      { tn: '1234' },
      { tn: 6123453623, trunkGroup: 'NOPE_1' },
    ]);
    expect(r.statusCode).toBe('200');
    expect(r.orderId).toBe('null');
    expect(r.status).toBe('{1=[3123489651 TN is already assigned to this customer], 2=[6123453624 TN is already assigned to this customer], 3=[1234 Invalid TN; must be a ten-digit telephone number], 4=[6123453623 Invalid trunk group name NOPE_1]}');
    expect((await h.detail('6123453622'))!.tnStatus).toBe('In Service');
    const ex = await h.call('excludedTnList', { tn: '3123489651' });
    expect(ex.excludedTnList.excludedTnItem[0]).toMatchObject({ tn: 3123489651, excludedReason: 'TN is already assigned to this customer' });
  });

  it('reports "TN is on an existing order" while another order is still working on it', async () => {
    const first = await order([{ tn: 6123453624, tnFeature: { callerId: { callingName: 'HOPE TROPE' } } }]);
    expect(first.orderId).toMatch(/^\d+$/);
    const r = await order([{ tn: 6123453622 }, { tn: 6123453624 }]);
    expect(r.status).toBe('{1=[6123453624 TN is on an existing order]}');
  });

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
    const wrapped = await h.call('tnUpdate', { tnUpdate: { customerOrderReference: 'W1', ...items([3123489653], { trunkGroup: 'CHCGIL24CL1_898' }) } });
    expect(wrapped).toMatchObject({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
  });

  it('rejects a cnamDip other than Y or N even beside removeTnFeature', async () => {
    const r = await order([{ tn: 6123453622, tnFeature: { callerId: { removeTnFeature: 'Y', cnamDip: 'X' } } }]);
    expect(r).toEqual({ status: '{0=[6123453622 cnamDip must be Y or N]}', statusCode: '200', orderId: 'null' });
    expect(await h.inventory('612345362x')).toContain('6123453622');
  });

  it('runs feature orders through Incomplete → Pending → Closed on the sandbox clock', async () => {
    const tnItem = [
      { tn: 6123453622, trunkGroup: 'CHCGIL24CL1_897', endUser: { name: 'Hope Trope', typeOfService: 'R' }, tnFeature: { callerId: { cnamDip: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } } },
      { tn: 6123453623, trunkGroup: 'CHCGIL24CL1_897', tnFeature: { callerId: { callingName: 'ACME CORP' } } },
    ];
    const r = await order(tnItem, { customerOrderReference: 'TestOrder01' });
    expect(r.status).toBe('Success');
    const id = r.orderId as string;
    expect(id).toMatch(/^\d+$/);
    expect(await status(id)).toBe('Incomplete');
    expect((await h.call('tnAssignedList')).tnBasicList.tnBasicItem).toContainEqual({ tn: 6123453622, tnStatus: 'Pending' });
    expect((await h.call('orderList', { orderStatus: 'INCOMPLT' })).orderList.orderType.map((o: J) => String(o.orderId))).toEqual([id]);

    await h.advance(10_000);
    expect(await status(id)).toBe('Pending');
    await h.advance(250);
    expect((await h.detail('6123453622'))!.tnStatus).toBe('In Service');
    expect((await h.detail('6123453623'))!.tnStatus).toBe('Pending');
    // routed but features not yet applied (they come all at once)
    expect((await h.detail('6123453622'))!.tnFeature.messaging).toEqual({});
    await h.advance(250 + 2_999);
    expect(await status(id)).toBe('Pending');
    await h.advance(1);
    expect(await status(id)).toBe('Closed');
    const d1 = await h.detail('6123453622');
    expect(d1!.tnFeature).toMatchObject({ callerId: { cnamDip: 'Y' }, messaging: { messageClass: 'P2P', messageType: 'SMS' } });
    expect(d1!.endUser).toMatchObject({ name: 'Hope Trope', typeOfService: 'R' });
    const d2 = await h.detail('6123453623');
    expect(d2!.tnFeature.callerId.callingName).toBe('ACME CORP');
    expect(d2!.endUser.typeOfService).toBe('B');

    const detail = await h.call('orderDetail', { customerOrderReference: 'TestOrder01' });
    expect(detail.orderDetailResponse).toMatchObject({ orderId: Number(id), orderStatus: 'Closed', productName: 'Telephone Number', serviceOrderName: 'New', customerOrderReference: 'TestOrder01' });
    expect(detail.orderDetailResponse.tnList.tnItem[0]).toMatchObject({ tn: 6123453622, tnStatus: 'Complete', msgEnabled: 'Y', msgStatus: 'Complete', cnamEnabled: 'N' });
  });

  it('validates orders over 100 TNs in the background and records exclusions', async () => {
    const good = await h.inventory('312xxxxxxx', 103);
    const tns = [...good, '3123489651', '9995550000'];
    const r = await order(tns.map((tn) => ({ tn })), { customerOrderReference: 'BIG1' });
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.stringMatching(/^\d+$/) });
    const id = Number(r.orderId);
    expect(await h.call('excludedTnList', { orderId: id })).toEqual({ status: 'No Results found', statusCode: '430' });
    expect((await h.call('orderDetail', { orderId: id })).orderDetailResponse.tnList.tnItem).toEqual([]);
    await h.advance(10_000);
    const ex = await h.call('excludedTnList', { customerOrderReference: 'BIG1' });
    expect(ex.excludedTnList.excludedTnItem.map((e: J) => [e.tn, e.excludedReason])).toEqual([
      [3123489651, 'TN is already assigned to this customer'],
      [9995550000, 'TN is not in Inteliquent inventory'],
    ]);
    expect(ex.excludedTnList.excludedTnItem[0]).toMatchObject({ orderId: id, customerOrderReference: 'BIG1' });
    expect((await h.call('orderDetail', { orderId: id })).orderDetailResponse.tnList.tnItem).toHaveLength(103);
    await h.advance(103 * 250);
    expect(await status(String(id))).toBe('Closed');
    expect((await h.detail(good[102]!))!.tnStatus).toBe('In Service');
  });

  it('cancels a large order whose TNs are all invalid', async () => {
    const bad = Array.from({ length: 101 }, (_, i) => ({ tn: String(9990000000 + i) }));
    const r = await order(bad);
    await h.advance(10_000);
    expect(await status(r.orderId)).toBe('Canceled');
    expect((await h.call('excludedTnList', { orderId: r.orderId })).excludedTnList.excludedTnItem).toHaveLength(101);
  });
});

describe('order management', () => {
  it('cancels a Pending order: Pending Cancel, then Canceled after review, releasing unrouted TNs', async () => {
    const tns = await h.inventory('773516xxxx', 8);
    const r = await order(tns.map((tn) => ({ tn, tnFeature: { callerId: { callingName: 'ACME' } } })));
    const id = r.orderId as string;
    expect(await h.call('orderCancel', { orderId: Number(id) })).toMatchObject({ statusCode: '410' });
    await h.advance(10_000 + 500); // two TNs routed
    expect(await h.call('orderCancel', { orderId: Number(id), customerOrderReference: 'ignored' })).toEqual({ status: 'Success', statusCode: '200' });
    expect(await status(id)).toBe('Pending Cancel');
    expect((await h.call('orderList', { orderStatus: 'PCNCL' })).orderList.orderType[0].orderId).toBe(Number(id));
    await h.advance(60_000);
    expect(await status(id)).toBe('Canceled');
    expect((await h.detail(tns[0]!))!.tnStatus).toBe('In Service');
    expect(await h.detail(tns[2]!)).toBeUndefined();
    expect(await h.inventory(tns[2]!)).toEqual([tns[2]]);
    expect((await h.call('orderCancel', { orderId: Number(id) })).statusCode).toBe('410');
    expect(await h.call('orderCancel', { orderId: 42 })).toEqual({ status: 'Invalid Order Id', statusCode: '410' });
  });

  it('cancelling a Pending disconnect order gives back every number on it, routed or not', async () => {
    const tns = ['3123489651', '3123489652', '3123489653', '3123489654'];
    const r = await h.call('tnDisconnect', items(tns.map(Number)));
    await h.advance(10_000 + 500); // two of four routed; the disconnect takes effect at Closed
    expect(await h.call('orderCancel', { orderId: Number(r.orderId) })).toEqual({ status: 'Success', statusCode: '200' });
    await h.advance(30_000);
    expect(await status(r.orderId)).toBe('Canceled');
    for (const tn of tns) expect((await h.detail(tn))!.tnStatus).toBe('In Service');
    const lines = (await h.call('orderDetail', { orderId: r.orderId })).orderDetailResponse.tnList.tnItem;
    expect(lines.map((l: J) => l.tnStatus)).toEqual(['Canceled', 'Canceled', 'Canceled', 'Canceled']);
    // The numbers can be disconnected again.
    expect((await h.call('tnDisconnect', items([3123489651]))).orderId).toMatch(/^\d+$/);
  });

  it('adds and lists notes', async () => {
    const r = await order([{ tn: 6123453622, tnFeature: { callerId: { callingName: 'ACME' } } }], { customerOrderReference: 'NOTES1' });
    expect(await h.call('orderNote', { orderId: r.orderId })).toEqual({ status: 'No Results Found', statusCode: '430' });
    const n1 = await h.call('orderAddNote', { orderId: Number(r.orderId), orderNote: 'This is another note.' });
    expect(n1).toEqual({ status: 'Success', statusCode: '200', noteId: expect.stringMatching(/^\d+$/) });
    await h.advance(1000);
    const n2 = await h.call('orderAddNote', { customerOrderReference: 'NOTES1', orderNote: 'This is a note!' });
    const notes = await h.call('orderNote', { customerOrderReference: 'NOTES1' });
    expect(notes.orderNote.orderNoteType.map((n: J) => [n.noteId, n.note])).toEqual([[n2.noteId, 'This is a note!'], [n1.noteId, 'This is another note.']]);
    expect(notes.orderNote.orderNoteType[0].insertDate).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d$/);
    expect(notes.orderNote.orderNoteType[0].insertUser).toBe('api_user');
    const detail = await h.call('orderDetail', { orderId: r.orderId });
    expect(detail.orderDetailResponse.orderNotes.map((n: J) => n.note)).toEqual(['This is a note!', 'This is another note.']);
    expect(await h.call('orderAddNote', { orderId: r.orderId })).toEqual({ status: 'Fields are Required: orderNote', statusCode: '414' });
    expect(await h.call('orderDetail', {})).toEqual({ status: 'Fields are Required: orderId or customerOrderReference', statusCode: '414' });
    expect(await h.call('orderDetail', { orderId: 1 })).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it('filters orderList', async () => {
    const seeded = await h.call('orderList', { pageSort: { size: 5 } });
    expect(Number(seeded.totalItems)).toBeGreaterThan(20);
    expect(seeded.orderList.orderType).toHaveLength(5);
    expect(seeded.orderList.orderType[0].lastModifiedString).toMatch(/^\d{23}[+-]\d{4}$/);
    const byTn = await h.call('orderList', { tn: 3123489651 });
    expect(byTn.orderList.orderType).toHaveLength(1);
    expect(byTn.orderList.orderType[0]).toMatchObject({ orderStatus: 'Closed', productName: 'Telephone Number' });

    const dis = await h.call('tnDisconnect', { customerOrderReference: 'TestOrder05', ...items([3123489654, 3123489655]) });
    const feat = await h.call('tnFeatureOrder', { tnFeatureOrder: { customerOrderReference: 'F1', ...items([3124795862], { tnFeature: { callerId: { cnamDip: 'Y' } } }) } });
    expect((await h.call('orderList', { serviceOrderReference: 'DISCO' })).orderList.orderType.map((o: J) => o.orderId)).toEqual([Number(dis.orderId)]);
    expect((await h.call('orderList', { productId: 128 })).orderList.orderType.map((o: J) => o.orderId)).toEqual([Number(feat.orderId)]);
    expect((await h.call('orderList', { productId: 128, productIdList: '103' })).orderList.orderType.length).toBeGreaterThan(1);
    expect((await h.call('orderList', { customerOrderReference: 'TestOrder05' })).orderList.orderType[0]).toMatchObject({ serviceOrderName: 'Disconnect', orderStatus: 'Incomplete', tnQuantity: 2 });
    const today = (await h.control('GET', 'clock')).now.slice(0, 10);
    expect((await h.call('orderList', { createdDateStartRange: today })).orderList.orderType).toHaveLength(2);
    expect(await h.call('orderList', { createdDateStartRange: '2099-01-01' })).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect((await h.call('orderList', { orderStatus: 'BOGUS' })).statusCode).toBe('416');
  });
});
