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

const SCRIPT = '<script><head/><body><hangup/></body></script>';

describe('/voiceScript and /voiceScriptDetail', () => {
  it('adds a script to a number, lists it by number and in the blanket NUMBER search, disables it, removes it', async () => {
    const added = await h.call('voiceScript', { voiceScript: [{ tn: '3123489651', script: SCRIPT }] });
    expect(added).toEqual({
      status: 'Success',
      statusCode: '200',
      voiceScriptResponse: {
        voiceScript: [
          {
            tn: '3123489651',
            script: SCRIPT,
            createdDate: expect.any(String),
            enabled: true,
            direction: 'inbound',
            customerDefault: false,
          },
        ],
      },
    });
    const byTn = await h.call('voiceScriptDetail', { voiceScript: [{ tn: '3123489651' }] });
    expect(byTn['voiceScriptResponse']['voiceScript']).toHaveLength(1);
    const all = await h.call('voiceScriptDetail', { voiceScript: [{ scriptType: 'NUMBER' }] });
    expect(all['voiceScriptResponse']['voiceScript'].map((s: { tn: string }) => s.tn)).toEqual(['2012151499', '3123489651']);

    const disabled = await h.call('voiceScript', { voiceScript: [{ tn: '3123489651', enabled: false }] });
    expect(disabled['voiceScriptResponse']['voiceScript'][0]).toMatchObject({ script: SCRIPT, enabled: false });

    const removed = await h.call('voiceScript', { voiceScript: [{ tn: '3123489651', direction: 'inbound' }], removeScript: 'Y' });
    expect(removed).toEqual({ status: 'Success', statusCode: '200' });
    expect(await h.call('voiceScriptDetail', { voiceScript: [{ tn: '3123489651' }] })).toEqual({
      status: 'No voice scripts found for requested data.',
      statusCode: '417',
    });
  });

  it("answers Example 3's 416 for two elements in an add, and 409, 414, 415, 422", async () => {
    expect(
      await h.call('voiceScript', {
        voiceScript: [
          { tn: '3123489651', script: SCRIPT },
          { tn: '3123489651', script: SCRIPT },
        ],
      }),
    ).toEqual({
      status: 'Invalid Input Parameters: Specified with more than 1 voice script elements during an ADD operation',
      statusCode: '416',
    });
    expect(await h.call('voiceScript', { voiceScript: [{ tn: '3184074100', script: SCRIPT }] })).toEqual({
      status: 'Invalid TN submitted:[3184074100]',
      statusCode: '409',
    });
    expect(await h.call('voiceScript', { voiceScript: [{ tn: '3123489651' }] })).toEqual({
      status: 'Fields are Required: script',
      statusCode: '414',
    });
    expect(await h.call('voiceScript', { voiceScript: [{ tn: '3123489651' }], removeScript: 'Y' })).toEqual({
      status: 'Fields are Required: direction',
      statusCode: '414',
    });
    expect(await h.call('voiceScriptDetail', { voiceScript: [{ domain: 'a.com' }, { domain: 'b.com' }] })).toEqual({
      status: 'Domain cannot be specified more than once',
      statusCode: '415',
    });
    expect(await h.call('voiceScript', { voiceScript: [{ tn: '3123489651', script: 'x'.repeat(42_001) }] })).toEqual({
      status: 'Script is too large. Max limit is 42,000 characters',
      statusCode: '422',
    });
  });

  it('keeps domain scripts apart from number scripts', async () => {
    await h.call('voiceScript', { voiceScript: [{ domain: 'abc.com', script: SCRIPT, direction: 'outbound' }] });
    const domains = await h.call('voiceScriptDetail', { voiceScript: [{ scriptType: 'DOMAIN' }] });
    expect(domains['voiceScriptResponse']['voiceScript']).toEqual([
      { domain: 'abc.com', script: SCRIPT, createdDate: expect.any(String), enabled: true, direction: 'outbound', customerDefault: false },
    ]);
  });

  it("refuses an unknown field with the guide's 400", async () => {
    await expectUnrecognized(h, 'voiceScript', { voiceScript: [{ tn: '3123489651', Script: SCRIPT }] });
    await expectUnrecognized(h, 'voiceScriptDetail', { voiceScript: [{ telephoneNumber: '3123489651' }] });
  });
});
