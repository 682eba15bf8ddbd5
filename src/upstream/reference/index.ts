/** Reference data and account-wide feature lists (guide §Reference); one line per operation. */
import { defineDomain } from '../domain.js';
import { cicList } from './cic-list.js';
import { lataInventory } from './lata-inventory.js';
import { rateCenterCoverage } from './rate-center-coverage.js';
import { tnFeatureCnamDip } from './tn-feature-cnam-dip.js';

export const reference = defineDomain(tnFeatureCnamDip, rateCenterCoverage, lataInventory, cicList);
