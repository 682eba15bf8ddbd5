import { describe, expect, it } from 'vitest';
import { routingLabelDetail } from '../../../src/upstream/routing-labels/routing-label-detail.js';
import { routingLabelSearchAssigned } from '../../../src/upstream/routing-labels/routing-label-search-assigned.js';
import { routingLabelUpdate } from '../../../src/upstream/routing-labels/routing-label-update.js';

describe('routing labels over the guide examples', () => {
  it('/routingLabelSearchAssigned (the empty customerAssignedName reads as none)', () => {
    const body = {
      status: 'Success',
      statusCode: '200',
      routingLabelList: {
        routingLabelItem: [{ customerAssignedName: '', routingLabel: 'NTMIL01-8XX-0222-1-124', routePrioritizationType: 'Sequence' }],
      },
    };
    expect(routingLabelSearchAssigned.parse(body)).toEqual([
      { routingLabel: 'NTMIL01-8XX-0222-1-124', routePrioritizationType: 'Sequence' },
    ]);
  });

  it('/routingLabelDetail: counts sent as strings', () => {
    const body = {
      status: 'Success',
      statusCode: '200',
      routingLabelList: {
        routingLabelItem: [
          { routeSequence: '0', trunkGroupName: 'MILWWI1261T_406', routeProportion: '0' },
          { routeSequence: '1', trunkGroupName: 'MILWWI4561T_702', routeProportion: '0' },
        ],
      },
    };
    expect(routingLabelDetail.request({ routingLabel: 'NTNYC-690-8XX-123' })).toEqual({ routingLabel: 'NTNYC-690-8XX-123' });
    expect(routingLabelDetail.parse(body, { routingLabel: 'NTNYC-690-8XX-123' })).toEqual([
      { sequence: 0, trunkGroupName: 'MILWWI1261T_406', proportion: 0 },
      { sequence: 1, trunkGroupName: 'MILWWI4561T_702', proportion: 0 },
    ]);
  });

  it('/routingLabelUpdate: the envelope only', () => {
    const input = { routingLabel: 'NTNYC-690-8XX-123', newRoutingLabel: 'Main Routing Label' };
    expect(routingLabelUpdate.request(input)).toEqual(input);
    expect(routingLabelUpdate.parse({ status: 'Success', statusCode: '200' }, input)).toBe(true);
  });
});
