/** The voice-scripts domain: voice platform scripts on numbers. */
import DataLoader from 'dataloader';
import { UpstreamError } from '../../upstream/core/errors.js';
import { NO_VOICE_SCRIPTS } from '../../upstream/voice-scripts/voice-script-detail.js';
import type { VoiceScriptRecord } from '../../upstream/voice-scripts/voice-scripts.js';
import type { LoaderDeps } from '../common/context.js';
import { defineDomain } from '../common/domain-module.js';
import { TelephoneNumberVoiceScriptResolver, VoiceScriptMutationResolver } from './voice-scripts.resolver.js';

export interface VoiceScriptsLoaders {
  /** Every number's scripts, keyed "tn:direction"; read at most once per request (one blanket /voiceScriptDetail). */
  allNumbers: DataLoader<string, Map<string, VoiceScriptRecord>>;
}

declare module '../common/context.js' {
  interface GatewayLoaders {
    voiceScripts: VoiceScriptsLoaders;
  }
}

async function readAll(deps: LoaderDeps): Promise<Map<string, VoiceScriptRecord>> {
  let records: VoiceScriptRecord[];
  try {
    records = await deps.api.voiceScripts.voiceScriptDetail({ allNumbers: true });
  } catch (error) {
    // 417 "No voice scripts found for requested data." is an empty account, not a failure.
    if (error instanceof UpstreamError && error.statusCode === NO_VOICE_SCRIPTS) return new Map();
    throw error;
  }
  return new Map(records.flatMap((r) => (r.tn ? [[`${r.tn}:${r.direction}`, r] as const] : [])));
}

export const voiceScriptsDomain = defineDomain({
  name: 'voiceScripts',
  resolvers: [VoiceScriptMutationResolver, TelephoneNumberVoiceScriptResolver],
  orphanedTypes: [],
  references: {},
  cacheTtlMs: {},
  createLoaders: (deps: LoaderDeps) => ({
    allNumbers: new DataLoader<string, Map<string, VoiceScriptRecord>>(async (keys) => {
      try {
        const all = await readAll(deps);
        return keys.map(() => all);
      } catch (error) {
        return keys.map(() => error as Error);
      }
    }),
  }),
  invalidates: {},
});
