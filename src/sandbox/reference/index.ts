import type { DomainOperations } from '../operation.js';
import { cicList } from './cic-list.js';
import { lataInventory } from './lata-inventory.js';
import { rateCenterCoverage } from './rate-center-coverage.js';
import { tnFeatureCnamDip } from './tn-feature-cnam-dip.js';

export const reference: DomainOperations = { tnFeatureCnamDip, rateCenterCoverage, lataInventory, cicList };
