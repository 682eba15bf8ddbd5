import type { DomainOperations } from '../operation.js';
import { tnFeatureCnamDip } from './tn-feature-cnam-dip.js';

export const reference: DomainOperations = { tnFeatureCnamDip };
