import { defineSandboxDomain } from '../domain.js';
import { tfDetail } from './tf-detail.js';
import { tfDisconnect } from './tf-disconnect.js';
import { tfFeatureCNamList } from './tf-feature-cnam-list.js';
import { tfFeatureE911List } from './tf-feature-e911-list.js';
import { tfFeatureMessageList } from './tf-feature-message-list.js';
import { tfFeatureOrder } from './tf-feature-order.js';
import { tfInventory } from './tf-inventory.js';
import { tfOrder } from './tf-order.js';
import { tfUpdate } from './tf-update.js';

export const tollFree = defineSandboxDomain({
  name: 'toll-free',
  operations: {
    tfInventory,
    tfOrder,
    tfDetail,
    tfUpdate,
    tfDisconnect,
    tfFeatureOrder,
    tfFeatureCNamList,
    tfFeatureMessageList,
    tfFeatureE911List,
  },
});
