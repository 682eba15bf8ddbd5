import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness } from '../helpers.js';

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

const forward = (op: 'tnForward' | 'tfForward', tnItem: object[]) =>
  h.call(op, { [op]: { customerOrderReference: '687a67dd', tnList: { tnItem } } });

describe('tnForward / tnForwardList', () => {
  it('lists the seeded forward as a flat array of strings', async () => {
    expect(await h.call('tnForwardList')).toEqual({
      status: 'Success',
      statusCode: '200',
      tnForwardList: [{ tn: '3123489652', forwardTo: '3123752629' }],
    });
  });

  it('sets and removes forwarding; the orderId is a JSON number, as the example shows', async () => {
    const r = await forward('tnForward', [{ tn: '3123489651', forwardTo: '3123752629' }]);
    expect(r).toEqual({ status: 'Success', statusCode: '200', orderId: expect.any(Number) });
    expect((await h.call('tnForwardList'))['tnForwardList']).toHaveLength(2);
    await forward('tnForward', [
      { tn: '3123489651', removeForwardTo: 'Y' },
      { tn: '3123489652', removeForwardTo: 'Y' },
    ]);
    expect(await h.call('tnForwardList')).toEqual({ status: 'No Results Found', statusCode: '430' });
  });

  it("answers the guide's 409, 432 and 414", async () => {
    expect(await forward('tnForward', [{ tn: '20120405141', forwardTo: '3123752629' }])).toEqual({
      status: 'Invalid TN submitted:[20120405141]',
      statusCode: '409',
    });
    expect(await forward('tnForward', [{ tn: '3184074100', forwardTo: '3123752629' }])).toEqual({
      status: 'TN is not in service',
      statusCode: '432',
    });
    expect(await forward('tnForward', [{ tn: '3123489651' }])).toEqual({
      status: 'Fields are Required: forwardTo or removeForwardTo',
      statusCode: '414',
    });
    expect(await h.call('tnForward', {})).toEqual({ status: 'Fields are Required: tnForward', statusCode: '414' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tnForward', {
      tnForward: { tnList: { tnItem: [{ tn: '3123489651', forwardTo: '3123752629', ForwardTo: 'x' }] } },
    });
    await expectUnrecognized(h, 'tnForwardList', { tn: '3123489651' });
  });
});

describe('tfForward / tfForwardList', () => {
  it('sets forwarding on an In Service toll-free number and lists it', async () => {
    expect((await forward('tfForward', [{ tn: '8002012311', forwardTo: '3123752629' }]))['statusCode']).toBe('200');
    expect((await h.call('tfForwardList'))['tfForwardList']).toEqual([
      { tn: '8002012311', forwardTo: '3123752629' },
      { tn: '8002012312', forwardTo: '3123752629' },
    ]);
  });

  it('409 for a number that is not toll-free (the guide example), 432 when not In Service', async () => {
    expect(await forward('tfForward', [{ tn: '80012312344', forwardTo: '3123752629' }])).toEqual({
      status: 'Invalid TN submitted:[80012312344]',
      statusCode: '409',
    });
    expect(await forward('tfForward', [{ tn: '3123489651', forwardTo: '3123752629' }])).toEqual({
      status: 'Invalid TN submitted:[3123489651]',
      statusCode: '409',
    });
    expect(await forward('tfForward', [{ tn: '8885550103', forwardTo: '3123752629' }])).toEqual({
      status: 'TN is not in service',
      statusCode: '432',
    });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'tfForward', { tnForward: {} });
    await expectUnrecognized(h, 'tfForwardList', { tnMask: 'x' });
  });
});
