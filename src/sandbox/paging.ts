import type { SandboxState } from './store.js';
import type { RateCenter } from './types.js';
import { invalid, isObject, isReply, readStr, type Json, type Reply } from './wire.js';

/**
 * Default page size when pageSort.size is not sent. The guide does not state one; 100 keeps
 * responses small and makes clients that ignore pagination visibly incomplete.
 */
export const DEFAULT_PAGE_SIZE = 100;
/** "It is only effective for size = 10000" (L880): the largest page we serve. */
export const MAX_PAGE_SIZE = 10000;

export interface SortSpec {
  property: string | undefined;
  direction: 'asc' | 'desc';
}

export interface Page {
  keys: string[];
  fields: { page: string; totalPages: string; totalItems: string; searchId: string };
}

const pageSortOf = (body: Json): Json => (isObject(body['pageSort']) ? body['pageSort'] : {});

/** pageSort.property/direction. `defaultDirection` decides when no direction is sent (asc unless told). */
export function readSort(
  body: Json,
  allowed: readonly string[],
  defaultDirection: (property: string | undefined) => SortSpec['direction'] = () => 'asc',
): SortSpec | Reply {
  const ps = pageSortOf(body);
  const property = readStr(ps['property']);
  if (property !== undefined && !allowed.includes(property)) return invalid(`pageSort.property must be one of ${allowed.join(', ')}`);
  // "acceptable values are asc, desc" (L843, L1829): lower case only, so a client sending "ASC" is caught here.
  const direction = readStr(ps['direction']) ?? defaultDirection(property);
  if (direction !== 'asc' && direction !== 'desc') return invalid('pageSort.direction must be asc or desc');
  return { property, direction };
}

/**
 * Pagination with the guide's scroll semantics (L880): a valid `pageSort.searchId` (where the
 * request tables and examples put it) continues the previous search with the same
 * size/sort and serves the next page of the frozen result set; page/size sent alongside it are
 * ignored ("you don't have to send other parameters"). Without a valid searchId a new search is
 * run and a new searchId returned. An unknown searchId is ignored ("Scroll will be enabled, only if
 * you send valid searchId value").
 *
 * `search` validates the request's own criteria and returns the full, sorted key list, or the
 * error Reply. It runs only for a new search (a scroll ignores the criteria) and before page/size
 * are checked, so its errors take precedence over theirs.
 */
export function paginate(state: SandboxState, operation: string, body: Json, search: () => string[] | Reply): Page | Reply {
  const ps = pageSortOf(body);
  const requestedId = ps['searchId'];
  const existing = state.cursor(requestedId, operation);
  let searchId: string;
  let page: number;
  let size: number;
  let keys: string[];
  if (existing) {
    searchId = requestedId as string;
    size = existing.size;
    page = existing.lastPage + 1;
    keys = existing.keys;
    existing.lastPage = page;
  } else {
    const found = search();
    if (isReply(found)) return found;
    const rawSize = ps['size'] === undefined ? DEFAULT_PAGE_SIZE : Number(ps['size']);
    const rawPage = ps['page'] === undefined ? 1 : Number(ps['page']);
    if (!Number.isInteger(rawSize) || rawSize < 1) return invalid('pageSort.size must be a positive integer');
    if (!Number.isInteger(rawPage) || rawPage < 1) return invalid('pageSort.page must be a positive integer');
    size = Math.min(rawSize, MAX_PAGE_SIZE);
    page = rawPage;
    keys = found;
    searchId = state.createCursor(operation, keys, size, page);
  }
  const totalPages = Math.max(1, Math.ceil(keys.length / size));
  return {
    keys: keys.slice((page - 1) * size, page * size),
    fields: { page: String(page), totalPages: String(totalPages), totalItems: String(keys.length), searchId },
  };
}

export function compareBy<T>(get: (t: T) => string, direction: 'asc' | 'desc', tie: (t: T) => string) {
  const sign = direction === 'desc' ? -1 : 1;
  return (a: T, b: T): number => {
    const c = get(a).localeCompare(get(b));
    return c !== 0 ? sign * c : tie(a).localeCompare(tie(b));
  };
}

/** Sort key for the rate-center pageSort properties of /tnInventory and /tnDetail; anything else sorts by tn. */
export function rateCenterSortKey(property: string | undefined, rc: RateCenter | undefined, tn: string): string {
  switch (property) {
    case 'rateCenter':
      return rc?.abbr ?? '';
    case 'lata':
      return rc?.lata ?? '';
    case 'state':
      return rc?.province ?? '';
    case 'rateCenterTier':
      return rc?.tier ?? '';
    default:
      return tn;
  }
}
