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

const HOUR = 3_600_000;
const statuses = async (body: J = {}) =>
  Object.fromEntries(
    ((await h.call('ticketList', body)).troubleTicketList ?? []).map((t: J) => [t.troubleTicketId, t.troubleTicketStatus]),
  );

describe('ticketList', () => {
  it('lists the seeded tickets newest first with numeric ids; their statuses move on the sandbox clock', async () => {
    const list = await h.call('ticketList', {});
    expect(list.statusCode).toBe('200');
    expect(list.troubleTicketList.map((t: J) => t.troubleTicketId)).toEqual([432789, 65869, 65843]);
    expect(await statuses()).toEqual({ 432789: 'Closed', 65869: 'Referred Out', 65843: 'Open' });
    await h.advance(3 * HOUR);
    expect(await statuses()).toEqual({ 432789: 'Closed', 65869: '24-Hour Monitor', 65843: 'Referred Out' });
    await h.advance(30 * HOUR);
    expect(await statuses()).toEqual({ 432789: 'Closed', 65869: 'Resolved', 65843: 'Resolved' });
  });

  it('filters by status (or every other with troubleTicketStatusExclude Y), entered dates and reference', async () => {
    expect(await statuses({ troubleTicketStatus: 'Closed', troubleTicketStatusExclude: 'Y' })).toEqual({
      65869: 'Referred Out',
      65843: 'Open',
    });
    expect(await statuses({ troubleTicketStatus: 'referred out' })).toEqual({ 65869: 'Referred Out' });
    expect(await statuses({ extlCompanyTicket: 'Ticket9043' })).toEqual({ 65869: 'Referred Out' });
    const all = (await h.call('ticketList', {})).troubleTicketList as J[];
    const oldest = all.find((t) => t.troubleTicketId === 432789)!.enterDate;
    expect(await statuses({ maxEnterDate: oldest })).toEqual({ 432789: 'Closed' });
    expect(Object.keys(await statuses({ minEnterDate: oldest }))).toHaveLength(3);
  });

  it("answers 430 when nothing matches, 414 for a bad date, 409 for an unknown status, and the guide's 400 for an unknown field", async () => {
    expect(await h.call('ticketList', { extlCompanyTicket: 'nothing' })).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await h.call('ticketList', { minEnterDate: '12/13/2015' })).toEqual({
      status: 'Invalid Date format: minEnterDate',
      statusCode: '414',
    });
    expect(await h.call('ticketList', { troubleTicketStatus: 'Pending' })).toEqual({
      status: 'Invalid Input Parameters: troubleTicketStatus',
      statusCode: '409',
    });
    await expectUnrecognized(h, 'ticketList', { status: 'Open' });
  });
});
