/** Account settings (guide §Account Settings); one line per operation. */
import { defineDomain } from '../domain.js';
import { accountDefault } from './account-default.js';
import { accountDefaultDetail } from './account-default-detail.js';

export const account = defineDomain(accountDefaultDetail, accountDefault);
