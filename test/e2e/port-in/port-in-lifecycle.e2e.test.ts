/**
 * End-to-end: a provisioning engineer's port-in, client → gateway → sandbox carrier over real HTTP:
 * check portability, look up the CSR, order the port, follow each number (one in jeopardy), activate
 * the on-demand group on FOC day, and see the numbers become active numbers on their trunk group.
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';
import { choose, DAY, daysFromToday, FOREIGN, numberInput, ORDER_PORT_IN } from './port-in-support.js';

const stack = stackPerTest();

type Row = { tn: string; status: string | null; statusLabel: string | null; jeopardyReason: string | null; activationGroup: string | null };

describe('port-in, start to finish', () => {
  it('checks, looks up, orders, tracks, activates, and the numbers end up In Service; every step counted', async () => {
    await choose(stack, FOREIGN, { jeopardy: null, losingCarrier: 'BellSouth/1' });
    await choose(stack, [FOREIGN[2]!], { jeopardy: 'PIN required/invalid' });
    await stack.control.clearCalls();

    const checked = ok(
      await stack.gql(
        `query($tns: [TN!]!) { portability(tns: $tns) { tn portable losingCarrier localRoutingNumber rateCenterTier rateCenterTierLabel notPortableReason } }`,
        {
          tns: FOREIGN,
        },
      ),
    );
    expect((checked.portability as { portable: boolean }[]).map((p) => p.portable)).toEqual([true, true, true]);
    expect((checked.portability as { losingCarrier: string }[])[0]!.losingCarrier).toBe('BellSouth/1');
    // The tier is an enum beside the carrier's own value.
    for (const p of checked.portability as { rateCenterTier: string | null; rateCenterTierLabel: string | null }[]) {
      expect(p.rateCenterTier).toBe(`TIER_${p.rateCenterTierLabel}`);
    }
    expect(await stack.control.servicesCalls('portInAvailability')).toHaveLength(1);

    const csr = ok(await stack.gql(`{ customerServiceRecord(tn: "${FOREIGN[0]}") { found accountNumber endUserName requirements } }`));
    expect(csr.customerServiceRecord).toMatchObject({ found: true, requirements: 'PIN required' });

    const due = daysFromToday(3);
    const ordered = ok(
      await stack.gql(ORDER_PORT_IN, {
        input: {
          customerOrderReference: 'Port42',
          desiredDueDate: due,
          desiredPortTime: '09:00',
          desiredPortTimeZone: 'US_CENTRAL',
          onDemandActivation: true,
          numbers: FOREIGN.map((tn) => numberInput(tn)),
        },
      }),
    );
    const payload = ordered.orderPortIn as { orderId: string; userErrors: unknown[]; order: { id: string; status: string } };
    expect(payload.userErrors).toEqual([]);
    expect(payload.order).toMatchObject({ id: payload.orderId, status: 'INCOMPLETE' });
    const sent = (await stack.control.servicesCalls('portInOrder'))[0]!.body as {
      portInOrder: { tnList: { tnItem: { accountPin: string; tn: number }[] } };
    };
    // The PIN was sent, and the call log keeps only its mask.
    expect(sent.portInOrder.tnList.tnItem[0]).toMatchObject({ tn: Number(FOREIGN[0]), accountPin: '***' });
    expect(JSON.stringify(sent)).not.toContain('9876');

    // The carrier answers a day later: two FOCs, one rejection.
    await stack.control.advance(DAY + 11_000);
    await stack.control.clearCalls();
    const tracked = ok(
      await stack.gql(`{ portingNumbers(first: 10) { totalCount nodes { tn status statusLabel jeopardyReason activationGroup } } }`),
    );
    const rows = (tracked.portingNumbers as { nodes: Row[] }).nodes;
    expect(rows.map((r) => [r.tn, r.status])).toEqual(
      [
        [FOREIGN[0], 'PENDING_FOC'],
        [FOREIGN[1], 'PENDING_FOC'],
        [FOREIGN[2], 'JEOPARDY'],
      ].map(([tn, s]) => [tn, s === 'PENDING_FOC' ? 'FOC_SECURED' : s]),
    );
    expect(rows[2]).toMatchObject({ jeopardyReason: 'PIN_REQUIRED_INVALID', statusLabel: 'PIN required/invalid' });
    const jeopardy = ok(await stack.gql(`{ portingNumbers(jeopardyReasons: [PIN_REQUIRED_INVALID]) { nodes { tn } } }`));
    expect((jeopardy.portingNumbers as { nodes: Row[] }).nodes).toEqual([{ tn: FOREIGN[2] }]);
    // One read per request (the day-long jump expired the token: its refused first try is not counted).
    const answered = (op: string) => stack.control.servicesCalls(op).then((calls) => calls.filter((c) => c.statusCode === '200'));
    expect(await answered('portInOrderTnList')).toHaveLength(2);

    const detail = ok(
      await stack.gql(
        `{ portInOrder(id: "${payload.orderId}") { status counts { total focSecured rejected } numbers { tn status focDate portTime accountNumber } activationGroups { name } } }`,
      ),
    );
    const order = detail.portInOrder as {
      counts: object;
      numbers: { status: string; focDate: string | null; portTime: string }[];
      activationGroups: unknown[];
    };
    expect(order.counts).toEqual({ total: 3, focSecured: 2, rejected: 1 });
    expect(order.numbers[0]).toMatchObject({ status: 'FOC_SECURED', focDate: due, portTime: '09:00 US/Central', accountNumber: '12345' });
    expect(order.activationGroups).toEqual([]);

    // FOC day: the group can be activated.
    const sandboxNow = Date.parse(((await stack.control.advance(0)) as { now: string }).now);
    await stack.control.advance(Date.parse(due) - sandboxNow + 60_000);
    const groups = ok(
      await stack.gql(`{ portInOrder(id: "${payload.orderId}") { activationGroups { name focDate tns canActivateNow } } }`),
    );
    const group = (groups.portInOrder as { activationGroups: { name: string; tns: string[] }[] }).activationGroups[0]!;
    expect(group.tns).toEqual(FOREIGN.slice(0, 2));
    await stack.control.clearCalls();
    const activated = ok(
      await stack.gql(
        `mutation($input: ActivatePortInInput!) { activatePortIn(input: $input) { results { group activated message } userErrors { path code } order { counts { activated } } } }`,
        {
          input: { orderId: payload.orderId, groups: [group.name, 'Group ID 1 - Nobody/1'] },
        },
      ),
    );
    expect(activated.activatePortIn).toMatchObject({
      results: [
        { group: group.name, activated: true, message: null },
        { group: 'Group ID 1 - Nobody/1', activated: false },
      ],
      userErrors: [{ path: ['input', 'groups', '1'], code: 'WRONG_STATUS' }],
      order: { counts: { activated: 2 } },
    });
    expect(await answered('portInOrderActivate')).toHaveLength(1);

    const active = ok(await stack.gql(`{ telephoneNumber(tn: "${FOREIGN[0]}") { tn status trunkGroupName portIn { status } } }`));
    expect(active.telephoneNumber).toEqual({
      tn: FOREIGN[0],
      status: 'IN_SERVICE',
      trunkGroupName: 'CHCGIL24CL1_897',
      portIn: { status: 'PORT_COMPLETE' },
    });
    // The order's numbers lead to the account's numbers and back to the order: one /tnDetail batch, one /orderDetail.
    await stack.control.clearCalls();
    const linked = ok(
      await stack.gql(
        `{ portInOrder(id: "${payload.orderId}") { numbers { tn status telephoneNumber { status trunkGroup { name } } order { id product } } } }`,
      ),
    );
    const linkedNumbers = (linked.portInOrder as { numbers: { tn: string; telephoneNumber: unknown; order: unknown }[] }).numbers;
    for (const tn of FOREIGN.slice(0, 2)) {
      expect(linkedNumbers.find((n) => n.tn === tn)).toMatchObject({
        status: 'PORT_COMPLETE',
        telephoneNumber: { status: 'IN_SERVICE', trunkGroup: { name: 'CHCGIL24CL1_897' } },
        order: { id: payload.orderId, product: 'PORT_IN' },
      });
    }
    // The rejected number never left the losing carrier: it is not the account's.
    expect(linkedNumbers.find((n) => n.tn === FOREIGN[2])).toMatchObject({ telephoneNumber: null });
    expect(await answered('tnDetail')).toHaveLength(1);
    expect(await answered('orderDetail')).toHaveLength(1);

    const logged = JSON.stringify(await stack.control.calls());
    expect(logged).not.toContain('9876');
  });
});
