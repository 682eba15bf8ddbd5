/** The carrier's date and timestamp formats, read into one form. */
/** A carrier date or timestamp, normalised (see parseCarrierTimestamp). */
export interface CarrierTimestamp {
  /** The calendar date as the carrier wrote it, in its own offset: YYYY-MM-DD. */
  date: string;
  /** The instant as ISO-8601 UTC with milliseconds; absent when only a date was given. */
  instant?: string;
}

/** 2015-12-16T17:09:55.000+0000, 2015-12-16 17:09:55.0, 2017-12-01 00:10, 2015-12-21, with Z / ±hh:mm / ±hhmm / ±hh. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** lastModifiedString: yyyyMMddHHmmss, then 0-9 fraction digits (the guide's have 9: nanoseconds), then an offset. */
const COMPACT = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{0,9})\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** The trouble-ticket notes' US order: 12-31-2015 03:09:53 PM (guide), 12-31-2015T15:09:53.000+0000 (Swagger). */
const US_ORDER =
  /^(\d{2})-(\d{2})-(\d{4})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(AM|PM)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** "+0000", "-05:00", "-05", "Z", none → minutes east of UTC; undefined when out of range. */
function offsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!m) return undefined;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? '0');
  if (Number(m[3] ?? '0') > 59 || minutes > 14 * 60) return undefined;
  return m[1] === '-' ? -minutes : minutes;
}

interface Parts {
  year: string;
  month: string;
  day: string;
  hour?: string;
  minute?: string;
  second?: string;
  fraction?: string;
  meridiem?: string;
  zone?: string;
}

function fromParts(p: Parts): CarrierTimestamp | undefined {
  const [year, month, day] = [Number(p.year), Number(p.month), Number(p.day)];
  // Four-digit years only: anything else is not a date the carrier meant (and would not print as ISO).
  if (year < 1000 || month < 1 || month > 12 || day < 1) return undefined;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined; // 2015-02-30
  const date = `${p.year}-${p.month}-${p.day}`;
  if (p.hour === undefined) return { date };
  let hour = Number(p.hour);
  if (p.meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (p.meridiem.toUpperCase() === 'PM' ? 12 : 0);
  }
  const [minute, second] = [Number(p.minute), Number(p.second ?? '0')];
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const ms = Number((p.fraction ?? '').padEnd(3, '0').slice(0, 3));
  const offset = offsetMinutes(p.zone);
  if (offset === undefined) return undefined;
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000;
  return { date, instant: new Date(epoch).toISOString() };
}

/**
 * Every date and timestamp shape the documents show, read into one form:
 *
 *   2017-03-29T14:00:46.000Z          /tnDetail activateDate (L1881)
 *   2020-07-14T13:45:28.188379Z       microseconds (L2307)
 *   2017-09-18T00:00:00.000+0000      orderDetail createdDate, desiredDueDate (L7175, L13123); Swagger note insertDate
 *   2020-12-20T00:00:00.000           no zone (L5629)
 *   2015-12-16 17:09:55.0             orderNote / orderDetail insertDate (L9925, L10416), authDate
 *   2017-12-01 00:10                  no seconds (trunkGroupDate, L9431)
 *   2015-12-21                        orderList createdDate, desiredDueDate; excludedTnList insertDate (L9807, L9980)
 *   20151222145729830902000-0500      orderList lastModifiedString (L9809): yyyyMMddHHmmss, nine fraction
 *                                     digits (nanoseconds: .830902000 s), UTC offset; not a number to parse whole
 *   12-31-2015 03:09:53 PM            ticketNote insertDate (L10880)
 *
 * A time without a zone (the note dates) is read as UTC: the guide names no zone
 * for them, and every timestamp it does give a zone to is UTC ("Z", "+0000")
 * except lastModifiedString, which carries its own offset. Fractions beyond
 * milliseconds are truncated. Anything else — an impossible date, a number, a
 * time without a date ("09:00 US/Central") — is undefined: the graph shows
 * null rather than a value it had to guess.
 */
export function parseCarrierTimestamp(value: unknown): CarrierTimestamp | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  let m = ISO_LIKE.exec(s);
  if (m) {
    const [, year, month, day, hour, minute, second, fraction, zone] = m as unknown as (string | undefined)[];
    if (hour === undefined && zone !== undefined) return undefined; // "2015-12-21Z" is no documented shape
    return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, fraction, zone });
  }
  m = COMPACT.exec(s);
  if (m) {
    const [, year, month, day, hour, minute, second, fraction, zone] = m as unknown as (string | undefined)[];
    return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, fraction, zone });
  }
  m = US_ORDER.exec(s);
  if (m) {
    const [, month, day, year, hour, minute, second, fraction, meridiem, zone] = m as unknown as (string | undefined)[];
    if (hour === undefined && zone !== undefined) return undefined;
    return fromParts({ year: year!, month: month!, day: day!, hour, minute, second, fraction, meridiem, zone });
  }
  return undefined;
}

/** The instant of a carrier timestamp (ISO-8601 UTC); undefined for a date without a time. */
export function toInstant(value: unknown): string | undefined {
  return parseCarrierTimestamp(value)?.instant;
}
