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

describe('routingLabelSearchAssigned', () => {
  it('lists the labels with name and prioritisation', async () => {
    const r = await h.call('routingLabelSearchAssigned');
    expect(r['routingLabelList']['routingLabelItem'][1]).toEqual({
      customerAssignedName: '',
      routingLabel: 'NTNYC-690-8XX-123',
      routePrioritizationType: 'Percentage',
    });
    expect(r['routingLabelList']['routingLabelItem']).toHaveLength(4);
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'routingLabelSearchAssigned', { routingLabel: 'X' });
  });
});

describe('routingLabelDetail', () => {
  it('gives the routes with counts as strings, by label or by customer-assigned name', async () => {
    const r = await h.call('routingLabelDetail', { routingLabel: 'NTCHI-1050-8XX-950' });
    expect(r).toEqual({
      status: 'Success',
      statusCode: '200',
      routingLabelList: {
        routingLabelItem: [
          { routeSequence: '0', trunkGroupName: 'CHCGIL24CL1_897', routeProportion: '0' },
          { routeSequence: '1', trunkGroupName: 'CHCGIL24CL1_898', routeProportion: '0' },
        ],
      },
    });
    expect(await h.call('routingLabelDetail', { routingLabel: 'Chicago main' })).toEqual(r);
  });

  it('430 for an unknown label, 414 without one', async () => {
    expect(await h.call('routingLabelDetail', { routingLabel: 'NOPE' })).toEqual({ status: 'No Results Found', statusCode: '430' });
    expect(await h.call('routingLabelDetail', {})).toEqual({ status: 'Fields are Required: routingLabel', statusCode: '414' });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'routingLabelDetail', { customerAssignedName: 'X' });
  });
});

describe('routingLabelUpdate', () => {
  it('sets the customer-assigned name; the label is then found by it', async () => {
    expect(await h.call('routingLabelUpdate', { routingLabel: 'NTNYC-690-8XX-123', newRoutingLabel: 'Main Routing Label' })).toEqual({
      status: 'Success',
      statusCode: '200',
    });
    const list = (await h.call('routingLabelSearchAssigned'))['routingLabelList']['routingLabelItem'];
    expect(list[1]).toMatchObject({ routingLabel: 'NTNYC-690-8XX-123', customerAssignedName: 'Main Routing Label' });
    expect((await h.call('routingLabelDetail', { routingLabel: 'Main Routing Label' }))['statusCode']).toBe('200');
  });

  it('refuses a name another label uses, an unknown label and missing fields', async () => {
    expect((await h.call('routingLabelUpdate', { routingLabel: 'NTNYC-690-8XX-123', newRoutingLabel: 'Chicago main' }))['statusCode']).toBe(
      '416',
    );
    expect(await h.call('routingLabelUpdate', { routingLabel: 'NOPE', newRoutingLabel: 'X' })).toEqual({
      status: 'No Results Found',
      statusCode: '430',
    });
    expect(await h.call('routingLabelUpdate', { routingLabel: 'NTNYC-690-8XX-123' })).toEqual({
      status: 'Fields are Required: newRoutingLabel',
      statusCode: '414',
    });
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'routingLabelUpdate', { routingLabel: 'A', newName: 'B' });
  });
});
