import type { DomainOperations } from '../operation.js';
import { accountDefault } from './account-default.js';
import { accountDefaultDetail } from './account-default-detail.js';

export const account: DomainOperations = { accountDefaultDetail, accountDefault };
