/** The voice platform script operations; one line per operation. */
import { defineDomain } from '../domain.js';
import { voiceScript } from './voice-script.js';
import { voiceScriptDetail } from './voice-script-detail.js';

export const voiceScripts = defineDomain(voiceScript, voiceScriptDetail);
