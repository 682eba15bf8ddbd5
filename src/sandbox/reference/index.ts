import { defineSandboxDomain } from '../domain.js';
import { cicList } from './cic-list.js';
import { lataInventory } from './lata-inventory.js';
import { rateCenterCoverage } from './rate-center-coverage.js';
import { tnFeatureCnamDip } from './tn-feature-cnam-dip.js';
import { tnFeatureCnamList } from './tn-feature-cnam-list.js';
import { tnFeatureDLList } from './tn-feature-dl-list.js';
import { tnFeatureE911List } from './tn-feature-e911-list.js';
import { tnFeatureMessageList } from './tn-feature-message-list.js';

export const reference = defineSandboxDomain({
  name: 'reference',
  operations: {
    tnFeatureCnamDip,
    tnFeatureCnamList,
    tnFeatureDLList,
    tnFeatureE911List,
    tnFeatureMessageList,
    rateCenterCoverage,
    lataInventory,
    cicList,
  },
});
