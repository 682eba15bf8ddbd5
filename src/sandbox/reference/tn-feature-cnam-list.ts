/** /tnFeatureCnamList (L11081): numbers with a caller name stored for outbound display, and that name. */
import { defineOperation } from '../operation.js';
import { PAGE_SORT } from '../request-fields.js';
import { featureListPage } from './feature-list.js';

export const tnFeatureCnamList = defineOperation({ pageSort: PAGE_SORT }, ({ state }, body) =>
  featureListPage(
    state,
    'tnFeatureCnamList',
    body,
    (a) => a.features.callerId.callingName !== undefined,
    (a) => ({ callingName: a.features.callerId.callingName }),
  ),
);
