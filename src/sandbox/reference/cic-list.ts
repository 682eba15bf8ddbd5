/** /cicList (L11604): the CICs supported for loading toll-free numbers. The request is the key alone. */
import { defineOperation } from '../operation.js';
import { ok } from '../wire.js';

/** The guide's example entry first (GDG01 / 0913 / Inteliquent); the others give a frontend a list to page through. */
const CICS: ReadonlyArray<{ respOrgPrefix: string; cic: string; companyName: string }> = [
  { respOrgPrefix: 'GDG01', cic: '0913', companyName: 'Inteliquent' },
  { respOrgPrefix: 'ATX01', cic: '0288', companyName: 'AT&T' },
  { respOrgPrefix: 'VZB01', cic: '0222', companyName: 'Verizon Business' },
  { respOrgPrefix: 'LVL01', cic: '0937', companyName: 'Lumen' },
];

export const cicList = defineOperation({}, () => ok({ cicItemList: CICS.map((c) => ({ ...c })) }));
