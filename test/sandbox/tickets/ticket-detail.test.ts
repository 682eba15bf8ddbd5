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

const KEYS = [
  'troubleTicketId',
  'description',
  'marketName',
  'regionName',
  'operationalMarketName',
  'occurDate',
  'assignedWorkgroupName',
  'contactName',
  'countryRef',
  'contactPhone',
  'contactPhoneExtension',
  'contactEmailAddress',
  'externalCompanyTicket',
  'troubleTicketService',
  'troubleTicketSource',
  'troubleTicketProblemCode',
  'troubleTicketStatus',
  'troubleTicketCauseCode',
  'troubleTicketResolveCode',
  'expectedCustomerImpact',
  'enterDate',
  'enterUserDisplayName',
  'resolveUserDisplayName',
  'closeUserDisplayName',
  'updateDate',
  'updateUserDisplayName',
  'nocTechDisplayName',
  'origTN',
  'termTN',
];

describe('ticketDetail', () => {
  it("answers a list of one with every key of the guide's example, the problem as its description", async () => {
    const r = await h.call('ticketDetail', { troubleTicketId: '432789' });
    expect(r.statusCode).toBe('200');
    expect(r.ticketDetailList).toHaveLength(1);
    const t = r.ticketDetailList[0];
    expect(Object.keys(t).sort()).toEqual([...KEYS].sort());
    expect(t).toMatchObject({
      troubleTicketId: 432789,
      description: 'Receiving fast busy tone',
      troubleTicketProblemCode: 'Fast Busy',
      troubleTicketStatus: 'Closed',
      externalCompanyTicket: '',
      closeUserDisplayName: 'Bullock, Christopher ',
      origTN: expect.stringMatching(/^\d{10}$/),
    });
    // A numeric id is read too (the guide's other examples send numbers).
    expect((await h.call('ticketDetail', { troubleTicketId: 432789 })).ticketDetailList[0].troubleTicketId).toBe(432789);
  });

  it('answers 414 without an id, 416 for id 0, 430 for an unknown one, 400 for an unknown field', async () => {
    expect(await h.call('ticketDetail', {})).toEqual({ status: 'Fields are Required: troubleTicketId', statusCode: '414' });
    expect(await h.call('ticketDetail', { troubleTicketId: 0 })).toEqual({
      status: "These values can't be zero:troubleTicketId",
      statusCode: '416',
    });
    expect(await h.call('ticketDetail', { troubleTicketId: '1' })).toEqual({ status: 'No Result Found', statusCode: '430' });
    await expectUnrecognized(h, 'ticketDetail', { troubleTicketId: '432789', ticketId: '1' });
  });
});
