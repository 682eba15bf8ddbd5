import { describe, expect, it } from 'vitest';
import { ticketAddNote } from '../../../src/upstream/tickets/ticket-add-note.js';
import { ticketCreate } from '../../../src/upstream/tickets/ticket-create.js';
import { ticketDetail } from '../../../src/upstream/tickets/ticket-detail.js';
import { ticketList } from '../../../src/upstream/tickets/ticket-list.js';
import { ticketNote } from '../../../src/upstream/tickets/ticket-note.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from './guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('/ticketCreate', () => {
  it("sends the guide's request fields (extension as a number) and reads the id given as a string", () => {
    const request = {
      contactName: 'Sharon Smile',
      contactPhone: '8885551234',
      contactEmail: 'ssmile@email.com',
      contactPhoneExtension: '1234',
      country: 'USA',
      description: 'CNAM issue, please resolve.',
      occurredOn: '2015-12-26',
      customerTicketReference: 'TestTicketNum01',
      problemCode: 'CALLERID',
      originatingNumber: '1234546903',
      terminatingNumber: '1235650395',
    };
    expect(ticketCreate.request(request)).toEqual({
      contactName: 'Sharon Smile',
      contactPhone: '8885551234',
      extension: 1234,
      countryRef: 'USA',
      description: 'CNAM issue, please resolve.',
      occurDate: '2015-12-26',
      extlCompanyTicket: 'TestTicketNum01',
      problemCodeRef: 'CALLERID',
      contactEmailAddress: 'ssmile@email.com',
      origTn: '1234546903',
      termTn: '1235650395',
    });
    expect(ticketCreate.parse(parse(guide.TICKET_CREATE), request)).toBe('120642');
    // The vendor Swagger types it as an integer.
    expect(ticketCreate.parse({ statusCode: '200', troubleTicketId: 120642 }, request)).toBe('120642');
    expect(() => ticketCreate.parse({ statusCode: '200' }, request)).toThrow(/troubleTicketId/);
  });
});

describe('/ticketList', () => {
  it('sends the filters under their carrier names, the exclusion only with a status', () => {
    expect(ticketList.request({ statusLabel: 'Closed', excludeStatus: true, enteredFrom: '2015-12-13', enteredTo: '2015-12-14' })).toEqual({
      troubleTicketStatus: 'Closed',
      troubleTicketStatusExclude: 'Y',
      minEnterDate: '2015-12-13',
      maxEnterDate: '2015-12-14',
    });
    expect(ticketList.request({ excludeStatus: true, customerTicketReference: 'Ticket9043' })).toEqual({ extlCompanyTicket: 'Ticket9043' });
    expect(ticketList.request({})).toEqual({});
  });

  it("reads the guide's list, the id given as a number", () => {
    expect(ticketList.parse(parse(guide.TICKET_LIST), {})).toEqual([
      { ticketId: '65869', customerTicketReference: 'Ticket9043', statusLabel: 'Open', enteredOn: '2015-12-13', contactName: 'Bob Laugh' },
    ]);
  });
});

describe('/ticketDetail', () => {
  it("reads every key of the guide's example; empty strings are absent, display names trimmed", () => {
    expect(ticketDetail.request({ ticketId: '432789' })).toEqual({ troubleTicketId: '432789' });
    expect(ticketDetail.parse(parse(guide.TICKET_DETAIL), { ticketId: '432789' })).toEqual({
      ticketId: '432789',
      description: 'Receiving fast busy tone',
      occurredOn: '2015-12-15',
      market: 'Washington DC',
      region: 'South',
      operationalMarket: 'Washington DC',
      assignedWorkgroup: 'Network Operations Center',
      contactName: 'Will Wink',
      country: 'USA',
      contactPhone: '3123805555',
      contactEmail: 'wwink@email.com',
      service: 'None',
      source: 'DecTicket01',
      problemLabel: 'Fast Busy',
      statusLabel: 'Referred Out',
      enteredOn: '2016-02-15',
      enteredBy: 'Wink, Will',
      updatedOn: '2016-02-26',
      updatedBy: 'Bullock, Christopher',
      nocTechnician: 'Bullock, Christopher',
      originatingNumber: '4108677001',
      terminatingNumber: '4432141004',
    });
  });

  it('keeps numbers of up to 15 digits (not only North American ones) and answers null for another ticket', () => {
    const body = { statusCode: '200', ticketDetailList: [{ troubleTicketId: 1, origTN: '442071234567', termTn: 3125550100 }] };
    expect(ticketDetail.parse(body, { ticketId: '1' })).toMatchObject({
      originatingNumber: '442071234567',
      terminatingNumber: '3125550100',
    });
    expect(ticketDetail.parse(body, { ticketId: '2' })).toBeNull();
  });
});

describe('/ticketAddNote and /ticketNote', () => {
  it('sends the note and reads its id (guide noteId, Swagger troubleTicketNoteId)', () => {
    const input = { ticketId: '65842', note: 'This is a test note' };
    expect(ticketAddNote.request(input)).toEqual({ troubleTicketId: '65842', troubleTicketNote: 'This is a test note' });
    expect(ticketAddNote.parse(parse(guide.TICKET_ADD_NOTE), input)).toBe('294648');
    expect(ticketAddNote.parse({ statusCode: '200', troubleTicketNoteId: '294648' }, input)).toBe('294648');
  });

  it("reads the guide's notes, the US-style 12-hour insertDate as a UTC instant", () => {
    expect(ticketNote.request({ ticketId: '65843' })).toEqual({ troubleTicketId: '65843' });
    expect(ticketNote.parse(parse(guide.TICKET_NOTE), { ticketId: '65843' })).toEqual([
      {
        noteId: '7122562',
        ticketId: '65843',
        note: 'A note to follow so',
        insertedAt: '2015-12-31T15:09:53.000Z',
        insertedBy: 'api_user',
        insertedByName: 'api_user',
      },
    ]);
    expect(ticketNote.parse(parse(guide.TICKET_NOTE), { ticketId: '1' })).toEqual([]);
  });
});
