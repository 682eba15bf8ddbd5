/**
 * /tnFeatureCnamDip (L11017): every active number of the account and its inbound CNAM dip
 * setting, paged with pageSort (property tn, rateCenter, lata or state). The guide's example
 * answers `tn` as a string and `cnamDip` as Y/N; the page fields are strings.
 */
import { defineOperation } from '../operation.js';
import { compareBy, paginate, rateCenterSortKey, readSort } from '../paging.js';
import { PAGE_SORT } from '../request-fields.js';
import { isReply, ok } from '../wire.js';

const SORT_PROPERTIES = ['tn', 'rateCenter', 'lata', 'state'] as const;

export const tnFeatureCnamDip = defineOperation({ pageSort: PAGE_SORT }, ({ state }, body) => {
  const sort = readSort(body, SORT_PROPERTIES);
  if (isReply(sort)) return sort;
  const page = paginate(state, 'tnFeatureCnamDip', body, () =>
    // "all active numbers": a number still pending its order or leaving is not active yet / any more.
    [...state.assigned.values()]
      .filter((a) => a.status === 'In Service')
      .sort(
        compareBy(
          (a) => rateCenterSortKey(sort.property, state.rateCenterOf(a.tn), a.tn),
          sort.direction,
          (a) => a.tn,
        ),
      )
      .map((a) => a.tn),
  );
  if (isReply(page)) return page;
  return ok({
    tnFeatureCnamDipList: page.keys.map((tn) => ({ tn, cnamDip: state.assigned.get(tn)?.features.callerId.cnamDip ?? 'N' })),
    ...page.fields,
  });
});
