/** Reference data and account-wide feature lists (guide §Reference); one line per operation. */
import { defineDomain } from '../domain.js';
import { tnFeatureCnamDip } from './tn-feature-cnam-dip.js';

export const reference = defineDomain(tnFeatureCnamDip);
