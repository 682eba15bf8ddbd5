/** End-to-end: voice scripts on numbers; every number's scripts are read once per request. */
import { describe, expect, it } from 'vitest';
import { ok, withoutUpstreamCalls } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();
const SCRIPT = '<script><head/><body><hangup/></body></script>';

describe('TelephoneNumber.voiceScript', () => {
  it('a page of numbers costs one /voiceScriptDetail call', async () => {
    const data = ok(
      await stack.gql(
        `{ telephoneNumbers(filter: { tnMask: "xxxxxxxxxx" }, first: 30) { nodes { tn voiceScript { direction enabled updatedAt } } } }`,
      ),
    );
    const withScript = data['telephoneNumbers'].nodes.filter((n: { voiceScript: unknown }) => n.voiceScript !== null);
    expect(withScript).toEqual([
      { tn: '2012151499', voiceScript: { direction: 'INBOUND', enabled: true, updatedAt: '2020-06-25T13:28:03.815Z' } },
    ]);
    const calls = await stack.control.servicesCalls('voiceScriptDetail');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body).toMatchObject({ voiceScript: [{ scriptType: 'NUMBER' }] });
  });
});

describe('updateVoiceScript', () => {
  it('sets a script on one number, then disables it, then removes it; the number shows each state', async () => {
    const set = ok(
      await stack.gql(
        `mutation($script: String) { updateVoiceScript(input: { numbers: ["3123489651"], script: $script }) {
        userErrors { code } voiceScript { direction script enabled } } }`,
        { script: SCRIPT },
      ),
    );
    expect(set['updateVoiceScript']).toEqual({ userErrors: [], voiceScript: { direction: 'INBOUND', script: SCRIPT, enabled: true } });
    const disabled = ok(
      await stack.gql(
        `mutation { updateVoiceScript(input: { numbers: ["3123489651"], enabled: false }) { voiceScript { enabled script } } }`,
      ),
    );
    expect(disabled['updateVoiceScript'].voiceScript).toEqual({ enabled: false, script: SCRIPT });
    const read = ok(await stack.gql(`{ telephoneNumber(tn: "3123489651") { voiceScript { enabled } } }`));
    expect(read['telephoneNumber'].voiceScript).toEqual({ enabled: false });
    const removed = ok(
      await stack.gql(
        `mutation { updateVoiceScript(input: { numbers: ["3123489651", "2012151499"], remove: true }) { userErrors { code } voiceScript { script } } }`,
      ),
    );
    expect(removed['updateVoiceScript']).toEqual({ userErrors: [], voiceScript: null });
    const [, , removal] = await stack.control.servicesCalls('voiceScript');
    expect(removal!.body).toMatchObject({
      removeScript: 'Y',
      voiceScript: [
        { tn: '3123489651', direction: 'inbound' },
        { tn: '2012151499', direction: 'inbound' },
      ],
    });
  });

  it('bad input is refused before any call; the carrier refusing is a userError', async () => {
    const res = await withoutUpstreamCalls(stack, () =>
      stack.gql(
        `mutation { updateVoiceScript(input: { numbers: ["3123489651", "3123489652"], script: "  " }) { userErrors { path code } } }`,
      ),
    );
    expect(ok(res)['updateVoiceScript'].userErrors).toEqual([
      { path: ['input', 'numbers'], code: 'TOO_LONG' },
      { path: ['input', 'script'], code: 'REQUIRED' },
    ]);
    const none = await withoutUpstreamCalls(stack, () =>
      stack.gql(
        `mutation { updateVoiceScript(input: { numbers: ["3123489651"], remove: true, enabled: true }) { userErrors { path code } } }`,
      ),
    );
    expect(ok(none)['updateVoiceScript'].userErrors).toEqual([{ path: ['input', 'remove'], code: 'CONFLICT' }]);
    const refused = ok(
      await stack.gql(
        `mutation { updateVoiceScript(input: { numbers: ["3123489651"], enabled: true }) { userErrors { path code message } } }`,
      ),
    );
    expect(refused['updateVoiceScript'].userErrors).toEqual([
      { path: ['input', 'script'], code: 'INVALID', message: 'The carrier refused the change: Fields are Required: script' },
    ]);
  });
});
