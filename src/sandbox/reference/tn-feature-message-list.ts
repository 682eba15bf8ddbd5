/** /tnFeatureMessageList (L11281): numbers with messaging, and their class and type. */
import { defineOperation } from '../operation.js';
import { PAGE_SORT } from '../request-fields.js';
import { featureListPage } from './feature-list.js';

export const tnFeatureMessageList = defineOperation({ pageSort: PAGE_SORT }, ({ state }, body) =>
  featureListPage(
    state,
    'tnFeatureMessageList',
    body,
    (a) => a.features.messaging !== undefined,
    (a) => ({ messageClass: a.features.messaging?.['messageClass'] ?? '', messageType: a.features.messaging?.['messageType'] ?? '' }),
  ),
);
