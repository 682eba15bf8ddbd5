/**
 * /voiceScript (L2073): add, replace, enable or disable the script of one number, or remove the
 * scripts of several (write). `removeScript` goes at the top level, as Example 4 sends it.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, invalidInput, type Tn } from '../shared/tn.js';
import { compact } from '../wire/request.js';
import { scriptsFrom, voiceScriptAnswer, type VoiceScriptDirection, type VoiceScriptRecord } from './voice-scripts.js';

export type VoiceScriptChange =
  | {
      action: 'set';
      tn: Tn;
      direction: VoiceScriptDirection;
      /** Absent: only enabled / customerDefault change (Examples 5 and 6 send no script). */
      script?: string | undefined;
      enabled?: boolean | undefined;
      customerDefault?: boolean | undefined;
    }
  | { action: 'remove'; tns: Tn[]; direction: VoiceScriptDirection };

export const voiceScript = defineOperation({
  name: 'voiceScript',
  kind: 'write',
  request: (change: VoiceScriptChange) => {
    if (change.action === 'remove') {
      if (change.tns.length === 0) throw invalidInput('voiceScript', 'At least one number is required.');
      return { voiceScript: change.tns.map((tn) => ({ tn: inputTn('voiceScript', tn), direction: change.direction })), removeScript: 'Y' };
    }
    const { tn, direction, script, enabled, customerDefault } = change;
    return { voiceScript: [compact({ tn: inputTn('voiceScript', tn), script, enabled, customerDefault, direction })] };
  },
  response: voiceScriptAnswer,
  // A removal answers status and statusCode only: [].
  map: (wire): VoiceScriptRecord[] => scriptsFrom(wire),
  notFound: NOT_FOUND_IS_AN_ERROR,
});
