import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, type J } from '../helpers.js';

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

/** The guide's example request (L10663–L10678). */
const EXAMPLE: J = {
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
};

describe('ticketCreate', () => {
  it("opens a ticket for the guide's example, answering the id as a string; it is then listed with a numeric id", async () => {
    const created = await h.call('ticketCreate', EXAMPLE);
    expect(created).toEqual({ status: 'Success', statusCode: '200', troubleTicketId: expect.stringMatching(/^\d+$/) });
    const listed = await h.call('ticketList', { troubleTicketId: created.troubleTicketId });
    expect(listed.troubleTicketList).toEqual([
      {
        troubleTicketId: Number(created.troubleTicketId),
        extlCompanyTicket: 'TestTicketNum01',
        troubleTicketStatus: 'Open',
        enterDate: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
        contactName: 'Sharon Smile',
      },
    ]);
    const detail = (await h.call('ticketDetail', { troubleTicketId: created.troubleTicketId })).ticketDetailList[0];
    expect(detail).toMatchObject({ troubleTicketProblemCode: 'Caller ID', contactPhoneExtension: '1234', origTN: '1234546903' });
  });

  it('refuses missing fields with 414 naming them, and bad formats with 409', async () => {
    const { contactName: _n, origTn: _o, ...rest } = EXAMPLE;
    expect(await h.call('ticketCreate', rest)).toEqual({ status: 'Fields are Required: contactName, origTn', statusCode: '414' });
    expect(await h.call('ticketCreate', { ...EXAMPLE, contactPhone: '88855512' })).toEqual({
      status: 'Invalid Input Parameters: contactPhone',
      statusCode: '409',
    });
    expect(await h.call('ticketCreate', { ...EXAMPLE, extension: 12345 })).toEqual({
      status: 'Invalid Input Parameters: extension',
      statusCode: '409',
    });
    expect(await h.call('ticketCreate', { ...EXAMPLE, problemCodeRef: 'Fast Busy' })).toEqual({
      status: 'Invalid Input Parameters: problemCodeRef',
      statusCode: '409',
    });
    expect(await h.call('ticketCreate', { ...EXAMPLE, termTn: '1234567890123456' })).toEqual({
      status: 'Invalid Input Parameters: termTn',
      statusCode: '409',
    });
    expect(await h.call('ticketCreate', { ...EXAMPLE, occurDate: '12/26/2015' })).toEqual({
      status: 'Invalid Date format: occurDate',
      statusCode: '414',
    });
  });

  it("refuses an unknown field with the guide's 400 and opens nothing", async () => {
    const before = (await h.call('ticketList', {})).troubleTicketList.length;
    await expectUnrecognized(h, 'ticketCreate', { ...EXAMPLE, origTN: '1234546903' });
    expect((await h.call('ticketList', {})).troubleTicketList).toHaveLength(before);
  });
});
