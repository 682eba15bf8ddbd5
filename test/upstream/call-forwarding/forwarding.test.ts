import { describe, expect, it } from 'vitest';
import { tfForward } from '../../../src/upstream/call-forwarding/tf-forward.js';
import { tfForwardList } from '../../../src/upstream/call-forwarding/tf-forward-list.js';
import { tnForward } from '../../../src/upstream/call-forwarding/tn-forward.js';
import { tnForwardList } from '../../../src/upstream/call-forwarding/tn-forward-list.js';

describe('call forwarding over the guide examples', () => {
  it("/tnForward sends the example's shape (TNs as strings) and reads the numeric orderId", () => {
    const input = { customerOrderReference: '687a67dd', items: [{ tn: '2012040514', forwardTo: '3123752629' }] };
    expect(tnForward.request(input)).toEqual({
      tnForward: { customerOrderReference: '687a67dd', tnList: { tnItem: [{ tn: '2012040514', forwardTo: '3123752629' }] } },
    });
    expect(tnForward.parse({ status: 'Success', statusCode: '200', orderId: 1519788 }, input)).toEqual({ orderId: '1519788' });
  });

  it('/tfForward removes with removeForwardTo Y, under its own wrapper', () => {
    expect(tfForward.request({ items: [{ tn: '8001231234', forwardTo: null }] })).toEqual({
      tfForward: { tnList: { tnItem: [{ tn: '8001231234', removeForwardTo: 'Y' }] } },
    });
  });

  it('the lists read a flat array (the examples have no status)', () => {
    expect(tnForwardList.parse({ statusCode: '200', tnForwardList: [{ tn: '2087361939', forwardTo: '3123752629' }] })).toEqual([
      { tn: '2087361939', forwardTo: '3123752629' },
    ]);
    expect(tfForwardList.parse({ statusCode: '200', tfForwardList: [{ tn: '8001231234', forwardTo: '3123752629' }] })).toEqual([
      { tn: '8001231234', forwardTo: '3123752629' },
    ]);
  });
});
