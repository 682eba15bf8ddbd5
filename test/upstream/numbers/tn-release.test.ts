import { describe, expect, it } from 'vitest';
import type { Transport } from '../../../src/upstream/core/transport.js';
import { tnRelease } from '../../../src/upstream/numbers/tn-release.js';
import type { WireObject } from '../../../src/upstream/wire/values.js';
import * as guide from '../fixtures/guide-examples.js';

const parse = (text: string) => JSON.parse(text) as WireObject;
const noCall = { call: () => Promise.reject(new Error('not sent')) } as unknown as Transport;

describe('/tnRelease', () => {
  it('reads the guide example: the excluded TN is not released', () => {
    expect(tnRelease.parse(parse(guide.TN_RELEASE_EXCLUDED), { tns: ['1234567890'] })).toEqual({
      requested: 1,
      succeeded: 0,
      excluded: ['1234567890'],
    });
  });

  it('is a write under its own wrapper, and a release of no TNs is not sent', async () => {
    expect(tnRelease.kind).toBe('write');
    expect(tnRelease.request({ tns: ['2015540010'] })).toEqual({ tnRelease: { tnList: { tnItem: [{ tn: '2015540010' }] } } });
    await expect(tnRelease.invoke(noCall, { tns: [] })).resolves.toEqual({ requested: 0, succeeded: 0, excluded: [] });
  });
});
