import { defineSandboxDomain } from '../domain.js';
import { accountDefault } from './account-default.js';
import { accountDefaultDetail } from './account-default-detail.js';

export const account = defineSandboxDomain({
  name: 'account',
  operations: { accountDefaultDetail, accountDefault },
});
