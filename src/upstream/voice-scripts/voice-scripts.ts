/** What /voiceScript and /voiceScriptDetail share: the script record and its reading. */
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { list, record, text, timestamp } from '../wire/schema.js';
import type { CarrierTimestamp } from '../wire/timestamps.js';
import { toTn } from '../wire/values.js';
import { z } from 'zod';

export type VoiceScriptDirection = 'inbound' | 'outbound';

/** A voice platform script on a number or a domain, for one call direction. */
export interface VoiceScriptRecord {
  tn?: Tn | undefined;
  domain?: string | undefined;
  direction: VoiceScriptDirection;
  script?: string | undefined;
  enabled?: boolean | undefined;
  customerDefault?: boolean | undefined;
  /** "Date the script was created or last updated". */
  updatedAt?: CarrierTimestamp | undefined;
}

const bool = z
  .unknown()
  .optional()
  .transform((v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined));

const item = record({
  tn: text,
  domain: text,
  script: raw(),
  enabled: bool,
  customerDefault: bool,
  direction: text,
  createdDate: timestamp,
});

/** The script kept as sent: it is XML whose whitespace may matter, so it is not trimmed. */
function raw() {
  return z
    .unknown()
    .optional()
    .transform((v) => (typeof v === 'string' && v !== '' ? v : undefined));
}

/** The examples wrap the list in `voiceScriptResponse`; the response table puts `voiceScript` at the top level: both are read. */
export const voiceScriptAnswer = record({ voiceScriptResponse: record({ voiceScript: list(item) }), voiceScript: list(item) });

export function scriptsFrom(wire: z.infer<typeof voiceScriptAnswer>): VoiceScriptRecord[] {
  return [...wire.voiceScriptResponse.voiceScript, ...wire.voiceScript].map((w) =>
    defined({
      tn: toTn(w.tn),
      domain: w.domain,
      // "Default is inbound" (L2090).
      direction: w.direction?.toLowerCase() === 'outbound' ? ('outbound' as const) : ('inbound' as const),
      script: w.script,
      enabled: w.enabled,
      customerDefault: w.customerDefault,
      updatedAt: w.createdDate,
    }),
  );
}
