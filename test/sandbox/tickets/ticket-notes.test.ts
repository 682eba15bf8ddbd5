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

describe('ticketAddNote and ticketNote', () => {
  it('adds a note (noteId a string, statusCode the number 200) and lists it with a numeric noteId and a 12-hour date', async () => {
    const res = await h.raw('ticketAddNote', { troubleTicketId: '65869', troubleTicketNote: 'This is a test note' });
    const text = await res.text();
    expect(text).toMatch(/"statusCode":200[,}]/);
    const added = JSON.parse(text);
    expect(added).toEqual({ statusCode: 200, status: 'Success', noteId: expect.stringMatching(/^\d+$/) });
    const notes = await h.call('ticketNote', { troubleTicketId: 65869 });
    expect(notes).toEqual({
      status: 'Success',
      statusCode: '200',
      ticketNoteList: [
        {
          noteId: Number(added.noteId),
          troubleTicketId: 65869,
          note: 'This is a test note',
          // The manual clock starts at 2025-01-06 15:00:00 UTC.
          insertDate: '01-06-2025 03:00:00 PM',
          insertUser: 'api_user',
          insertUserDisplayName: 'api_user',
        },
      ],
    });
  });

  it('answers the seeded note, 430 for a ticket without notes or an unknown one, 414 for missing fields', async () => {
    const seeded = await h.call('ticketNote', { troubleTicketId: '65843' });
    expect(seeded.ticketNoteList.map((n: { note: string }) => n.note)).toEqual(['A note to follow so']);
    expect(await h.call('ticketNote', { troubleTicketId: '432789' })).toEqual({ status: 'No Result Found', statusCode: '430' });
    expect(await h.call('ticketAddNote', { troubleTicketId: '1', troubleTicketNote: 'x' })).toEqual({
      status: 'No Result Found',
      statusCode: '430',
    });
    expect(await h.call('ticketAddNote', { troubleTicketId: '65843' })).toEqual({
      status: 'Fields are Required: troubleTicketNote',
      statusCode: '414',
    });
    expect(await h.call('ticketNote', {})).toEqual({ status: 'Fields are Required: troubleTicketId', statusCode: '414' });
  });

  it("refuses unknown fields with the guide's 400", async () => {
    await expectUnrecognized(h, 'ticketAddNote', { troubleTicketId: '65843', note: 'misnamed' });
    await expectUnrecognized(h, 'ticketNote', { troubleTicketId: '65843', noteId: 1 });
  });
});
