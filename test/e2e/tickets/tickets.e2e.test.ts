/**
 * End-to-end: trouble tickets (/ticketCreate, /ticketList, /ticketDetail, /ticketAddNote, /ticketNote).
 * Client → gateway → sandbox carrier over real HTTP (test/support/e2e.ts). The sandbox seeds three
 * tickets (432789 Closed, 65869 Referred Out, 65843 Open with one note) on the account's first numbers.
 */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

const OUR_NUMBER = '3124795862';

const CREATE = `mutation Create($input: CreateTicketInput!) {
  createTicket(input: $input) {
    userErrors { path message code }
    ticket {
      id ticketNumber status statusLabel problem problemLabel description occurredOn customerTicketReference
      contact { name phone phoneExtension email country }
      originatingNumber originatingTelephoneNumber { tn }
      terminatingNumber terminatingTelephoneNumber { tn }
    }
  }
}`;

const input = (overrides: Record<string, unknown> = {}) => ({
  problem: 'FAST_BUSY',
  description: 'Calls to this number get a fast busy',
  occurredOn: '2025-01-05',
  originatingNumber: '442071234567',
  terminatingNumber: OUR_NUMBER,
  contactName: 'Sharon Smile',
  contactPhone: '8885551234',
  contactPhoneExtension: '1234',
  contactEmail: 'ssmile@email.com',
  customerTicketReference: 'SUPPORT42',
  ...overrides,
});

const callCounts = async () => {
  const calls = await stack.control.servicesCalls();
  const counts: Record<string, number> = {};
  for (const c of calls) counts[c.operation] = (counts[c.operation] ?? 0) + 1;
  return counts;
};

describe('trouble tickets', () => {
  it('a support engineer opens a ticket about a number, reads it back from the number, and adds a note', async () => {
    await stack.control.clearCalls();
    const created = ok(await stack.gql(CREATE, { input: input() })).createTicket;
    expect(created.userErrors).toEqual([]);
    expect(created.ticket).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]+$/),
      ticketNumber: expect.stringMatching(/^\d+$/),
      status: 'OPEN',
      statusLabel: 'Open',
      problem: 'FAST_BUSY',
      problemLabel: 'Fast Busy',
      description: 'Calls to this number get a fast busy',
      occurredOn: '2025-01-05',
      customerTicketReference: 'SUPPORT42',
      contact: { name: 'Sharon Smile', phone: '8885551234', phoneExtension: '1234', email: 'ssmile@email.com', country: 'USA' },
      // Not a North American number: kept as digits, no TelephoneNumber.
      originatingNumber: '442071234567',
      originatingTelephoneNumber: null,
      terminatingNumber: OUR_NUMBER,
      terminatingTelephoneNumber: { tn: OUR_NUMBER },
    });
    // One write, one read back of the ticket, one /tnDetail for the number that is ours.
    expect(await callCounts()).toEqual({ ticketCreate: 1, ticketDetail: 1, tnDetail: 1 });
    const sent = (await stack.control.servicesCalls('ticketCreate'))[0]!.body!;
    expect(sent).toMatchObject({ problemCodeRef: 'FASTBUSY', extension: 1234, countryRef: 'USA', termTn: OUR_NUMBER });

    const id = created.ticket.id as string;
    // The global id and the carrier's number both name the ticket.
    expect(ok(await stack.gql(`query($id: ID!) { node(id: $id) { ... on Ticket { ticketNumber } } }`, { id })).node).toEqual({
      ticketNumber: created.ticket.ticketNumber,
    });
    const fromNumber = ok(
      await stack.gql(`query($tn: TN!) { telephoneNumber(tn: $tn) { tickets { totalCount nodes { id status problem } } } }`, {
        tn: OUR_NUMBER,
      }),
    ).telephoneNumber;
    expect(fromNumber.tickets).toEqual({ totalCount: 1, nodes: [{ id, status: 'OPEN', problem: 'FAST_BUSY' }] });

    await stack.control.clearCalls();
    const added = ok(
      await stack.gql(
        `mutation($input: AddTicketNoteInput!) { addTicketNote(input: $input) {
          userErrors { path code message } noteId note { id text createdAt createdBy } ticket { notes { id text } }
        } }`,
        { input: { ticketId: created.ticket.ticketNumber, note: 'Customer sent a screenshot' } },
      ),
    ).addTicketNote;
    expect(added.userErrors).toEqual([]);
    expect(added.note).toEqual({
      id: added.noteId,
      text: 'Customer sent a screenshot',
      // The sandbox's manual clock: 2025-01-06 15:00:00 UTC.
      createdAt: '2025-01-06T15:00:00.000Z',
      createdBy: 'api_user',
    });
    expect(added.ticket.notes).toEqual([{ id: added.noteId, text: 'Customer sent a screenshot' }]);
    // The note and the ticket's notes share one read back.
    expect(await callCounts()).toEqual({ ticketAddNote: 1, ticketNote: 1, ticketDetail: 1 });
  });

  it('a list of tickets asking for notes and details costs one call per ticket per relation, de-duplicated', async () => {
    await stack.control.clearCalls();
    const list = ok(
      await stack.gql(`{
        tickets { totalCount nodes { id: ticketNumber status contact { name } notes { text } } }
        again: tickets { nodes { ticketNumber notes { text } description problem } }
      }`),
    );
    expect(list.tickets.totalCount).toBe(3);
    expect(list.tickets.nodes.map((t: { id: string }) => t.id)).toEqual(['432789', '65869', '65843']);
    expect(list.tickets.nodes.map((t: { status: string }) => t.status)).toEqual(['CLOSED', 'REFERRED_OUT', 'OPEN']);
    expect(list.tickets.nodes[2].notes).toEqual([{ text: 'A note to follow so' }]);
    expect(list.tickets.nodes[0].contact).toEqual({ name: 'Will Wink' });
    expect(list.again.nodes[0]).toMatchObject({ description: 'Receiving fast busy tone', problem: 'FAST_BUSY' });
    // Both lists share one /ticketList; each ticket's notes and detail are read once.
    expect(await callCounts()).toEqual({ ticketList: 1, ticketNote: 3, ticketDetail: 3 });
    const noteIds = (await stack.control.servicesCalls('ticketNote')).map((c) => c.body!['troubleTicketId']).sort();
    expect(noteIds).toEqual(['432789', '65843', '65869']);
  });

  it('the tickets of many numbers cost one list and one detail per ticket, whatever the number of numbers', async () => {
    const seeded = ok(await stack.gql(`{ ticket(id: "432789") { originatingNumber terminatingNumber } }`)).ticket;
    await stack.control.clearCalls();
    const numbers = ok(await stack.gql(`{ telephoneNumbers(first: 20) { nodes { tn tickets { nodes { id: ticketNumber } } } } }`))
      .telephoneNumbers.nodes as { tn: string; tickets: { nodes: { id: string }[] } }[];
    expect(numbers.length).toBe(20);
    const withTickets = numbers.filter((n) => n.tickets.nodes.length > 0);
    expect(withTickets.map((n) => n.tn)).toContain(seeded.originatingNumber);
    const counts = await callCounts();
    expect(counts).toMatchObject({ ticketList: 1, ticketDetail: 3 });

    // A later request knows each ticket's numbers from the cache: it reads the list, and the details of the matching
    // tickets only.
    await stack.control.clearCalls();
    const again = ok(
      await stack.gql(`{ telephoneNumber(tn: "${seeded.originatingNumber}") { tickets { nodes { id: ticketNumber status } } } }`),
    ).telephoneNumber as { tickets: { nodes: { id: string }[] } };
    expect(again.tickets.nodes.map((t) => t.id)).toContain('432789');
    expect(await callCounts()).toMatchObject({ ticketList: 1, ticketDetail: again.tickets.nodes.length });
  });

  it('filters go to the carrier under its names; ticket(id:) of an unknown ticket is null', async () => {
    await stack.control.clearCalls();
    const open = ok(await stack.gql(`{ tickets(filter: { status: CLOSED, excludeStatus: true }) { nodes { id: ticketNumber } } }`)).tickets;
    expect(open.nodes.map((t: { id: string }) => t.id)).toEqual(['65869', '65843']);
    expect((await stack.control.servicesCalls('ticketList'))[0]!.body).toMatchObject({
      troubleTicketStatus: 'Closed',
      troubleTicketStatusExclude: 'Y',
    });
    expect(ok(await stack.gql(`{ tickets(filter: { customerTicketReference: "nothing" }) { totalCount } }`)).tickets.totalCount).toBe(0);
    expect(ok(await stack.gql(`{ ticket(id: "1") { id } }`)).ticket).toBeNull();
    const page = ok(await stack.gql(`{ tickets(first: 2) { nodes { id: ticketNumber } pageInfo { hasNextPage endCursor } } }`)).tickets;
    expect(page.nodes).toHaveLength(2);
    const next = ok(
      await stack.gql(
        `query($after: String) { tickets(first: 2, after: $after) { nodes { id: ticketNumber } pageInfo { hasNextPage } } }`,
        {
          after: page.pageInfo.endCursor,
        },
      ),
    ).tickets;
    expect(next).toEqual({ nodes: [{ id: '65843' }], pageInfo: { hasNextPage: false } });
  });

  it('bad input is a userError before any call: phone, extension, numbers, future date, OTHER, blank note', async () => {
    const refused = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(CREATE, {
          input: input({
            contactPhone: '555-1234',
            contactPhoneExtension: '12',
            originatingNumber: '1234567890123456',
            occurredOn: '2999-01-01',
            problem: 'OTHER',
          }),
        }),
      ),
    ).createTicket;
    expect(refused.ticket).toBeNull();
    expect(refused.userErrors.map((e: { path: string[]; code: string }) => [e.path.join('.'), e.code]).sort()).toEqual(
      [
        ['input.contactPhone', 'INVALID'],
        ['input.contactPhoneExtension', 'INVALID'],
        ['input.occurredOn', 'OUT_OF_RANGE'],
        ['input.originatingNumber', 'INVALID'],
        ['input.problem', 'INVALID'],
      ].sort(),
    );
    const blank = ok(
      await withoutUpstreamCalls(stack, () =>
        stack.gql(`mutation { addTicketNote(input: { ticketId: "65843", note: "  " }) { userErrors { path code } noteId } }`),
      ),
    ).addTicketNote;
    expect(blank).toEqual({ userErrors: [{ path: ['input', 'note'], code: 'REQUIRED' }], noteId: null });
    const unknown = ok(
      await stack.gql(`mutation { addTicketNote(input: { ticketId: "1", note: "hello" }) { userErrors { path code } } }`),
    ).addTicketNote;
    expect(unknown.userErrors).toEqual([{ path: ['input', 'ticketId'], code: 'NOT_FOUND' }]);
  });
});
