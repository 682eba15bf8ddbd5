import type { DomainOperations } from '../operation.js';
import { voiceScript } from './voice-script.js';
import { voiceScriptDetail } from './voice-script-detail.js';

export const voiceScripts: DomainOperations = { voiceScript, voiceScriptDetail };
