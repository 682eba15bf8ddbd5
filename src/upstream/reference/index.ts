/** The reference data operations; one line per operation. */
import { defineDomain } from '../domain.js';
import { cicList } from './cic-list.js';
import { lataInventory } from './lata-inventory.js';
import { rateCenterCoverage } from './rate-center-coverage.js';

export const reference = defineDomain(rateCenterCoverage, lataInventory, cicList);
