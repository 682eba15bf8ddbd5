/**
 * End-to-end: the account-wide feature lists (callerIdStorageNumbers, directoryListingNumbers,
 * e911Numbers, messagingNumbers): one carrier call per page, never one per number.
 */
import { describe, expect, it } from 'vitest';
import { ok, onlyError } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('feature lists', () => {
  it('reads a page of each list with one call per list, and links the numbers in one batched detail read', async () => {
    const res = ok(
      await stack.gql(`{
        callerIdStorageNumbers(first: 5) { totalCount nodes { tn callingName } }
        directoryListingNumbers(first: 5) { totalCount nodes { tn lastName city } }
        e911Numbers(first: 5) { totalCount nodes { tn name address { street city } } }
        messagingNumbers(first: 5) { totalCount nodes { tn messageClass messageType messageTypeLabel telephoneNumber { tn } } }
      }`),
    );
    for (const list of ['callerIdStorageNumbers', 'directoryListingNumbers', 'e911Numbers', 'messagingNumbers']) {
      expect(res[list].nodes.length, list).toBeGreaterThan(0);
    }
    const messaging = res.messagingNumbers.nodes as { tn: string; messageClass: string; telephoneNumber: { tn: string } }[];
    expect(messaging.every((n) => n.messageClass === 'P2P' && n.telephoneNumber.tn === n.tn)).toBe(true);
    for (const op of ['tnFeatureCnamList', 'tnFeatureDLList', 'tnFeatureE911List', 'tnFeatureMessageList']) {
      expect(await stack.control.servicesCalls(op), op).toHaveLength(1);
    }
    expect((await stack.control.servicesCalls('tnDetail')).length).toBeLessThanOrEqual(1);
  });

  it('finds one number by a full tnMask, and refuses a malformed mask before any call', async () => {
    const first = ok(await stack.gql(`{ e911Numbers(first: 1) { nodes { tn } } }`)).e911Numbers.nodes[0].tn as string;
    const one = ok(await stack.gql(`query ($m: String) { e911Numbers(tnMask: $m) { totalCount nodes { tn } } }`, { m: first }));
    expect(one.e911Numbers).toEqual({ totalCount: 1, nodes: [{ tn: first }] });
    expect((await stack.control.servicesCalls('tnFeatureE911List'))[1]!.body).toMatchObject({ tnMask: first });

    const bad = onlyError(await stack.gql(`{ e911Numbers(tnMask: "312") { totalCount } }`));
    expect(bad.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await stack.control.servicesCalls('tnFeatureE911List')).toHaveLength(2);
  });
});
