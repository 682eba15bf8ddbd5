import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectUnrecognized, Harness, items, type J } from '../helpers.js';

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

const search = (tnSearchItem: J[], pageSort?: J) =>
  h.call('tnDetail', { tnSearchList: { tnSearchItem }, ...(pageSort ? { pageSort } : {}) });

describe('tnNoteUpdate', () => {
  it('portOutPinUpdate and tnNoteUpdate apply immediately and are searchable', async () => {
    expect(await h.call('portOutPinUpdate', { portOutPin: items([3123489652], { portOutPin: 'New PIN 9652' }) })).toEqual({
      status: 'Success',
      statusCode: '200',
    });
    expect(
      await h.call('tnNoteUpdate', {
        tnNote: {
          tnList: {
            tnItem: [
              { tn: 3123489652, tnNote: 'Subaccount A' },
              { tn: 3123489651, tnNote: 'Subaccount B' },
            ],
          },
        },
      }),
    ).toEqual({ status: 'Success', statusCode: '200' });
    expect(await h.detail('3123489652')).toMatchObject({ portOutPin: 'New PIN 9652', tnNote: 'Subaccount A' });
    const bySearch = await search([{ tnMask: 'xxxxxxxxxx', tnNote: 'subaccount' }], { size: 1000 });
    expect(bySearch.tnList.tnItem.map((x: J) => x.tn)).toEqual(expect.arrayContaining([3123489651, 3123489652]));
    const bad = await h.call('tnNoteUpdate', { tnNote: items([9995550000], { tnNote: 'x' }) });
    expect(bad).toEqual({ status: '{0=[9995550000 TN is not assigned to this customer]}', statusCode: '200' });
    expect(await h.call('portOutPinUpdate', {})).toEqual({ status: 'Fields are Required: portOutPin', statusCode: '414' });
  });

  it("refuses an unknown field, at the top or in a tnItem, with the guide's 400 and changes nothing", async () => {
    await expectUnrecognized(h, 'tnNoteUpdate', { tnNote: items([3123489652], { tnNote: 'Subaccount A' }), note: 'x' });
    await expectUnrecognized(h, 'tnNoteUpdate', { tnNote: items([3123489652], { note: 'Subaccount A' }) });
    expect((await h.detail('3123489652'))!.tnNote).toBeUndefined();
  });
});
