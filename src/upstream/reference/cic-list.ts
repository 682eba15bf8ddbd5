/** /cicList: the carrier identification codes supported for loading toll-free numbers (read; 430 is []). */
import { defineOperation } from '../define.js';
import { list, record, text } from '../wire/schema.js';

export interface Cic {
  cic: string;
  respOrgPrefix?: string;
  companyName?: string;
}

const item = record({ cic: text, respOrgPrefix: text, companyName: text });

/** Documented (L11604): `cicItemList: [{ respOrgPrefix, cic, companyName }]`; the CIC is a string ("0913", leading zero kept). */
export const cicList = defineOperation({
  name: 'cicList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ cicItemList: list(item) }),
  map: (wire) =>
    wire.cicItemList.flatMap((w): Cic[] => {
      if (w.cic === undefined) return [];
      const out: Cic = { cic: w.cic };
      if (w.respOrgPrefix !== undefined) out.respOrgPrefix = w.respOrgPrefix;
      if (w.companyName !== undefined) out.companyName = w.companyName;
      return [out];
    }),
  notFound: { empty: () => [] },
});
