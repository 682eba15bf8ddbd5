import { describe, expect, it } from 'vitest';
import { trunkGroupSearchAssigned } from '../../../src/upstream/trunk-groups/trunk-group-search-assigned.js';
import { type WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;

describe('mappers over the guide examples', () => {
  it('/trunkGroupSearchAssigned → names', () => {
    expect(trunkGroupSearchAssigned.parse(parse(guide.TRUNK_GROUP_SEARCH_ASSIGNED))).toEqual(['CHCGIL24CL1_897', 'CHCGIL24CL1_898']);
  });
});

describe('mappers: documented variants', () => {
  it('/trunkGroupSearchAssigned: bare names and the XML-converted { trunkGroupName: [...] }', () => {
    expect(trunkGroupSearchAssigned.parse({ trunkGroupNameList: ['CHCGIL24CL1_897'] })).toEqual(['CHCGIL24CL1_897']);
    expect(trunkGroupSearchAssigned.parse({ trunkGroupNameList: { trunkGroupName: ['CHCGIL24CL1_897', 'CHCGIL24CL1_898'] } })).toEqual([
      'CHCGIL24CL1_897',
      'CHCGIL24CL1_898',
    ]);
    expect(trunkGroupSearchAssigned.parse({ trunkGroupNameList: { trunkGroupName: 'CHCGIL24CL1_897' } })).toEqual(['CHCGIL24CL1_897']);
  });
});
