/** Limits of voice script inputs, each declared once. */
import { limit } from '../common/limits.js';

/** 422 "Script is too large. Max limit is 42,000 characters" (guide, /voiceScript status codes). */
export const VOICE_SCRIPT = limit({ maxLength: 42_000, nonBlank: true });
/** 421 "Too Many TNs specified in the request" states no number; 100 as the carrier's batch size elsewhere. */
export const MAX_VOICE_SCRIPT_REMOVALS = 100;
