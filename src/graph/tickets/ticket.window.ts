/** A connection over a list read whole (the carrier does not page tickets): the window is sliced here. */
import type { Page } from '../../upstream/shared/page.js';
import { fetchWindow, type ResolvedPageArgs, type Window } from '../common/connection.js';

export function windowOver<T>(items: readonly T[], page: ResolvedPageArgs, keyOf: (item: T) => string): Promise<Window<T>> {
  const fetchPage = ({ page: number = 1, size = page.first }: { page?: number; size?: number }): Promise<Page<T>> =>
    Promise.resolve({
      items: items.slice((number - 1) * size, number * size),
      page: number,
      totalPages: Math.ceil(items.length / size),
      totalItems: items.length,
    });
  return fetchWindow(page, fetchPage, keyOf);
}
