/**
 * /voiceScriptDetail (L2356): the scripts on given numbers, or on every number of the account
 * (`scriptType: "NUMBER"`, Example 2) in one call (read). 417 "No voice scripts found" is the
 * caller's to read as "none": it is not the 430 the not-found policy knows.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { inputTn, invalidInput, type Tn } from '../shared/tn.js';
import { scriptsFrom, voiceScriptAnswer, type VoiceScriptRecord } from './voice-scripts.js';

/** Every number's scripts, or these numbers' scripts. */
export type VoiceScriptQuery = { allNumbers: true } | { tns: Tn[] };

export const voiceScriptDetail = defineOperation({
  name: 'voiceScriptDetail',
  kind: 'read',
  request: (query: VoiceScriptQuery) => {
    if ('allNumbers' in query) return { voiceScript: [{ scriptType: 'NUMBER' }] };
    if (query.tns.length === 0) throw invalidInput('voiceScriptDetail', 'At least one number is required.');
    return { voiceScript: query.tns.map((tn) => ({ tn: inputTn('voiceScriptDetail', tn) })) };
  },
  response: voiceScriptAnswer,
  map: (wire): VoiceScriptRecord[] => scriptsFrom(wire),
  notFound: NOT_FOUND_IS_AN_ERROR,
});

/** The status code of "No voice scripts found for requested data." */
export const NO_VOICE_SCRIPTS = '417';
