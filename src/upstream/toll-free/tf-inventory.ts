/** /tfInventory (L7641): available toll-free numbers by mask or vanity wildcard (read; 430 is []). */
import { defineOperation } from '../define.js';
import { pageSort, type PageRequest } from '../shared/page.js';
import type { Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';

export interface TfInventoryQuery {
  /** Exactly 10 of 0-9, x, X; wins over `wildcard` when both are given (L7661). */
  tnMask?: string;
  /** Vanity pattern: 0-9, letters, *, ?, & (L7735). */
  tnWildcard?: string;
  quantity: number;
  sequential?: boolean;
  page?: PageRequest;
}

export interface AvailableTollFreeNumber {
  tn: Tn;
  respOrgId?: string;
  cics: string[];
}

const item = record({ tn, respOrgPrefix: text, cic: text });

export const tfInventory = defineOperation({
  name: 'tfInventory',
  kind: 'read',
  request: (q: TfInventoryQuery) =>
    compact({ tnMask: q.tnMask, tnWildcard: q.tnWildcard, quantity: q.quantity, sequential: q.sequential, pageSort: pageSort(q.page) }),
  response: record({ tfList: wrappedList('tfItem', item) }),
  map: (wire): AvailableTollFreeNumber[] =>
    wire.tfList.map((w) =>
      defined({
        tn: w.tn,
        respOrgId: w.respOrgPrefix,
        // "0913,0555,5102,2121": one string of comma-separated CICs.
        cics: (w.cic ?? '')
          .split(',')
          .map((c) => c.trim())
          .filter((c) => c !== ''),
      }),
    ),
  notFound: { empty: () => [] },
});
