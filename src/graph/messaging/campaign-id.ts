/**
 * A campaign id as the carrier shows them (C696U7D, CXFXN8B, CLLOE4H): "C" and six letters or
 * digits, the campaign registry's format. The guide states no rule; every example follows it.
 */
export const CAMPAIGN_ID = /^C[A-Z0-9]{6}$/;
export const CAMPAIGN_ID_RULE = 'a campaign id is "C" and six capital letters or digits, e.g. "CXFXN8B"';
/** The carrier states no cap; it validates up to 100 numbers at once elsewhere. */
export const MAX_CAMPAIGN_NUMBERS = 100;
/** Character Limits: netNumberId (as on /tnOrder's messaging). */
export const NET_NUMBER_ID_MAX = 10;
