import { describe, expect, it } from 'vitest';
import { voiceScript } from '../../../src/upstream/voice-scripts/voice-script.js';
import { voiceScriptDetail } from '../../../src/upstream/voice-scripts/voice-script-detail.js';

const SCRIPT = "<script><head/><body><dial caller='{CALLER}' number='sip:172.31.42.248:5060' group='abc' alias='abcd'/></body></script>";

describe('voice scripts over the guide examples', () => {
  it('/voiceScriptDetail asks for every number with scriptType NUMBER (Example 2) and reads the wrapped answer', () => {
    expect(voiceScriptDetail.request({ allNumbers: true })).toEqual({ voiceScript: [{ scriptType: 'NUMBER' }] });
    expect(voiceScriptDetail.request({ tns: ['3123752699'] })).toEqual({ voiceScript: [{ tn: '3123752699' }] });
    const example = {
      status: 'Success',
      statusCode: '200',
      voiceScriptResponse: {
        voiceScript: [
          {
            tn: '3123752699',
            script: SCRIPT,
            createdDate: '2020-06-25T13:28:03.815Z',
            enabled: true,
            direction: 'inbound',
            customerDefault: false,
          },
        ],
      },
    };
    expect(voiceScriptDetail.parse(example, { allNumbers: true })).toEqual([
      {
        tn: '3123752699',
        direction: 'inbound',
        script: SCRIPT,
        enabled: true,
        customerDefault: false,
        updatedAt: { date: '2020-06-25', instant: '2020-06-25T13:28:03.815Z' },
      },
    ]);
  });

  it("also reads the response table's top-level voiceScript, and Example 5's answer without a script", () => {
    const parsed = voiceScript.parse(
      { statusCode: '200', voiceScript: [{ domain: 'asdj.asdf1.oiuu.zup', createdDate: '2020-07-14T13:45:28.188379Z', enabled: false }] },
      { action: 'set', tn: '3123752699', direction: 'inbound', enabled: false },
    );
    expect(parsed).toEqual([
      {
        domain: 'asdj.asdf1.oiuu.zup',
        direction: 'inbound',
        enabled: false,
        updatedAt: { date: '2020-07-14', instant: '2020-07-14T13:45:28.188Z' },
      },
    ]);
  });

  it('/voiceScript adds one number (Example 1) and removes many with removeScript at the top level (Example 4)', () => {
    expect(voiceScript.request({ action: 'set', tn: '3123752699', direction: 'inbound', script: SCRIPT })).toEqual({
      voiceScript: [{ tn: '3123752699', script: SCRIPT, direction: 'inbound' }],
    });
    const remove = { action: 'remove' as const, tns: ['3123752629', '3123752699'], direction: 'outbound' as const };
    expect(voiceScript.request(remove)).toEqual({
      voiceScript: [
        { tn: '3123752629', direction: 'outbound' },
        { tn: '3123752699', direction: 'outbound' },
      ],
      removeScript: 'Y',
    });
    expect(voiceScript.parse({ status: 'Success', statusCode: '200' }, remove)).toEqual([]);
  });
});
