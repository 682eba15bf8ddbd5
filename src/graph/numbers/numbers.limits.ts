/**
 * Limits of the numbers domain that several fields share, declared once so
 * every operation that carries the same carrier field uses the same limit
 * (fields declare them with @LimitedField, common/limits.ts; limits of one
 * field only are declared on that field). Each says where it comes from;
 * where the documents give none, the value is a generous bound (refusing
 * data the carrier would take is worse than letting it refuse).
 */
import { limit } from '../common/limits.js';

/**
 * `tnNote` (orderTelephoneNumbers, updateTelephoneNumberNote). The guide gives
 * no limit; the Swagger's only one is "tnNote must not exceed 4000 characters
 * for TN/s" (414 of /tfUpdate and /tfDisconnect), and /tnNoteUpdate stores the
 * same note for toll-free numbers (guide L13476). Order notes have the same
 * 4000 cap (/orderAddNote, ORDER_NOTE).
 */
export const TN_NOTE = limit({ maxLength: 4000, nonBlank: true });

/**
 * Trunk group names. Undocumented; the guide's look like `CHCGIL24CL1_897`
 * (15 characters) or "Main Trunk Group". 100 matches the trunkGroup(name:)
 * and TelephoneNumberFilter.trunkGroupName limits. The naming rule of
 * /trunkGroupUpdate (alphanumeric, space, underscore) is not enforced: it is
 * for names the customer sets, and names the carrier assigned may differ.
 */
export const TRUNK_GROUP_NAME = limit({ maxLength: 100, nonBlank: true });

/** Rate center abbreviations (e.g. WSHNGTNZN1): undocumented; a bound, wherever a search names one. */
export const RATE_CENTER = limit({ maxLength: 50, nonBlank: true });

/** Port-out PIN: undocumented; a bound, not a rule. */
export const PORT_OUT_PIN = limit({ maxLength: 100, nonBlank: true });

/**
 * Up to this many numbers the carrier validates a /tnOrder, /tnUpdate,
 * /tnFeatureOrder or /tnDisconnect before answering; above it, it answers
 * with a shell order and validates in the background (guide L1597, L1899,
 * L1943, L2578; Order Validation, L12966).
 */
export const SYNCHRONOUS_VALIDATION_MAX = 100;

/**
 * Numbers per request.
 * - /tnOrder and /tnFeatureOrder: "Order quantity limit is 100,000 numbers"
 *   (Swagger, 422). /tnUpdate and /tnDisconnect document none; they are the
 *   same order machinery (shell order, background validation), so the same.
 *   (Over HTTP, MAX_REQUEST_BYTES bounds the request too: its 4 MB default holds
 *   100,000 bare TNs, not 100,000 numbers each with features.)
 * - /tnReserve, /tnRelease, /portOutPinUpdate, /tnNoteUpdate document none.
 *   They are answered in one synchronous response with per-number results;
 *   1,000 bounds that call's size and time, ten times what the carrier
 *   validates synchronously for orders. The account's reservation maximum
 *   (431) is the carrier's and applies on top.
 */
export const MAX_NUMBERS = {
  order: 100_000,
  updateTrunkGroup: 100_000,
  updateFeatures: 100_000,
  disconnect: 100_000,
  reserve: 1_000,
  release: 1_000,
  updatePortOutPin: 1_000,
  updateNote: 1_000,
} as const;

/** /tnInventory `quantity`: "Quantity must be less than 10000" (Swagger, /tnInventory); sequential searches "up to 99" (guide L836). */
export const INVENTORY_QUANTITY_MAX = 9_999;
export const SEQUENTIAL_QUANTITY_MAX = 99;
