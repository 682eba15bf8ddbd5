/**
 * The paged account-wide feature lists (/tnFeatureCnamList L11081, /tnFeatureE911List L11178,
 * /tnFeatureMessageList L11281): pageSort with property tn, rateCenter, lata or state, items in
 * `tnFeatureList.tnFeatureItem` with `tn` as a JSON number (as the examples send it), page fields
 * as strings.
 */
import { compareBy, paginate, rateCenterSortKey, readSort } from '../paging.js';
import type { SandboxState } from '../store.js';
import type { AssignedTn } from '../types.js';
import { isReply, ok, type Json, type Reply } from '../wire.js';

const SORT_PROPERTIES = ['tn', 'rateCenter', 'lata', 'state'] as const;

export function featureListPage(
  state: SandboxState,
  operation: string,
  body: Json,
  has: (a: AssignedTn) => boolean,
  item: (a: AssignedTn) => Json,
): Reply {
  const sort = readSort(body, SORT_PROPERTIES);
  if (isReply(sort)) return sort;
  const page = paginate(state, operation, body, () =>
    [...state.assigned.values()]
      .filter(has)
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
  const items = page.keys.flatMap((tn) => {
    const a = state.assigned.get(tn);
    return a ? [{ tn: Number(tn), ...item(a) }] : [];
  });
  return ok({ tnFeatureList: { tnFeatureItem: items }, ...page.fields });
}
