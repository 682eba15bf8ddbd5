import { defineSandboxDomain } from '../domain.js';
import { voiceScript } from './voice-script.js';
import { voiceScriptDetail } from './voice-script-detail.js';

export const voiceScripts = defineSandboxDomain({
  name: 'voice-scripts',
  operations: { voiceScript, voiceScriptDetail },
});
