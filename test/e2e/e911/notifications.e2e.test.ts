/** End-to-end: E911 notification e-mails, per number (one call per distinct number) and for the account. */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('TelephoneNumber.e911.notificationEmails', () => {
  it('costs one /tnE911NotificationList per distinct number, none when not selected', async () => {
    ok(
      await stack.gql(
        `mutation { addE911NotificationEmails(input: { tn: "3123489652", emails: ["noc@example.com"] }) { emails userErrors { code } } }`,
      ),
    );
    await stack.control.clearCalls();
    const data = ok(
      await stack.gql(`{ telephoneNumbers(filter: { tnMask: "312348965x" }, first: 5) { nodes { tn e911 { status notificationEmails } } }
        again: telephoneNumber(tn: "3123489652") { e911 { notificationEmails } } }`),
    );
    const nodes = data['telephoneNumbers'].nodes as { tn: string; e911: { notificationEmails: string[] } }[];
    expect(nodes.find((n) => n.tn === '3123489651')!.e911.notificationEmails).toEqual(['abc123@def.com']);
    expect(nodes.find((n) => n.tn === '3123489652')!.e911.notificationEmails).toEqual(['noc@example.com']);
    expect(data['again']).toEqual({ e911: { notificationEmails: ['noc@example.com'] } });
    const calls = await stack.control.servicesCalls('tnE911NotificationList');
    expect(calls).toHaveLength(nodes.length);
    expect(new Set(calls.map((c) => JSON.stringify(c.body))).size).toBe(nodes.length);

    await stack.control.clearCalls();
    ok(await stack.gql(`{ telephoneNumbers(filter: { tnMask: "312348965x" }, first: 5) { nodes { tn e911 { status } } } }`));
    expect(await stack.control.servicesCalls('tnE911NotificationList')).toHaveLength(0);
  });
});

describe('addE911NotificationEmails / removeE911NotificationEmails', () => {
  it('adds to a number (additive, the whole list back) and removes, one /tnE911Notification call each', async () => {
    const added = ok(
      await stack.gql(
        `mutation { addE911NotificationEmails(input: { tn: "3123489651", emails: ["noc@example.com", "ops@example.com"] }) { tn emails userErrors { code } } }`,
      ),
    );
    expect(added['addE911NotificationEmails']).toEqual({
      tn: '3123489651',
      emails: ['abc123@def.com', 'noc@example.com', 'ops@example.com'],
      userErrors: [],
    });
    const removed = ok(
      await stack.gql(
        `mutation { removeE911NotificationEmails(input: { tn: "3123489651", emails: ["abc123@def.com"] }) { emails userErrors { code } } }`,
      ),
    );
    expect(removed['removeE911NotificationEmails']).toEqual({ emails: ['noc@example.com', 'ops@example.com'], userErrors: [] });
    const calls = await stack.control.servicesCalls('tnE911Notification');
    expect(calls).toHaveLength(2);
    expect(calls[1]!.body).toMatchObject({ removeNotification: 'Y' });
  });

  it('without tn, changes the account list that e911NotificationEmails reads', async () => {
    ok(await stack.gql(`mutation { addE911NotificationEmails(input: { emails: ["alerts@example.com"] }) { emails userErrors { code } } }`));
    const data = ok(await stack.gql(`{ e911NotificationEmails }`));
    expect(data['e911NotificationEmails']).toEqual(['alerts@example.com']);
    expect(await stack.control.servicesCalls('customerE911Notification')).toHaveLength(1);
    expect(await stack.control.servicesCalls('customerE911NotificationList')).toHaveLength(1);
  });

  it('a malformed address and more than 10 are userErrors before any call', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `"a${i}@example.com"`).join(', ');
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(`mutation { a: addE911NotificationEmails(input: { tn: "3123489651", emails: ["noc@example"] }) { userErrors { path code } }
        b: addE911NotificationEmails(input: { tn: "3123489651", emails: [${eleven}] }) { userErrors { path code } } }`),
    );
    const data = ok(res);
    expect(data['a']).toEqual({ userErrors: [{ path: ['input', 'emails', '0'], code: 'INVALID' }] });
    expect(data['b']).toEqual({ userErrors: [{ path: ['input', 'emails'], code: 'TOO_LONG' }] });
  });

  it("the carrier's limit of 10 per number is a LIMIT_REACHED userError", async () => {
    const nine = Array.from({ length: 9 }, (_, i) => `"a${i}@example.com"`).join(', ');
    ok(await stack.gql(`mutation { addE911NotificationEmails(input: { tn: "3123489651", emails: [${nine}] }) { userErrors { code } } }`));
    const data = ok(
      await stack.gql(
        `mutation { addE911NotificationEmails(input: { tn: "3123489651", emails: ["more@example.com"] }) { emails userErrors { path code message } } }`,
      ),
    );
    expect(data['addE911NotificationEmails']).toEqual({
      emails: [],
      userErrors: [
        {
          path: ['input', 'emails'],
          code: 'LIMIT_REACHED',
          message: 'The carrier refused the change: Unable to add more than 10 notification emails to a number.',
        },
      ],
    });
  });
});
