/** Pages: `pageSort` in requests, `page`/`totalPages`/`totalItems`/`searchId` in answers. */
import { compact, nonEmpty } from '../wire/request.js';
import { count, text } from '../wire/schema.js';
import type { WireObject } from '../wire/values.js';

export interface PageRequest {
  page?: number;
  size?: number;
  property?: string;
  direction?: 'asc' | 'desc';
  /** Scroll iterator returned by a previous page. */
  searchId?: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
  searchId?: string;
}

/** `pageSort`, with `searchId` inside it as the /tnInventory examples show. */
export function pageSort(page: PageRequest | undefined): WireObject | undefined {
  if (!page) return undefined;
  return nonEmpty(
    compact({ property: page.property, direction: page.direction, page: page.page, size: page.size, searchId: page.searchId }),
  );
}

/** The paging members of a paged answer (counts may arrive as strings). */
export const pageFields = { page: count, totalPages: count, totalItems: count, searchId: text };

interface PageWire {
  page?: number | undefined;
  totalPages?: number | undefined;
  totalItems?: number | undefined;
  searchId?: string | undefined;
}

export function pageFromWire<T>(wire: PageWire, items: T[], requestedPage?: number): Page<T> {
  const page = wire.page ?? requestedPage ?? 1;
  const totalItems = wire.totalItems ?? items.length;
  const totalPages = wire.totalPages ?? (totalItems > 0 ? 1 : 0);
  return wire.searchId === undefined
    ? { items, page, totalPages, totalItems }
    : { items, page, totalPages, totalItems, searchId: wire.searchId };
}

export function emptyPage<T>(requestedPage?: number): Page<T> {
  return { items: [], page: requestedPage ?? 1, totalPages: 0, totalItems: 0 };
}
