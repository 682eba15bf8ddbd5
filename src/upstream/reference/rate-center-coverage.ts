/** /rateCenterCoverage: every rate center and whether it is approved for DID orders and LNP port-ins (read; 430 is []). */
import { defineOperation } from '../define.js';
import { boolToYn } from '../wire/values.js';
import { record, text, wrappedList, yn } from '../wire/schema.js';

export interface RateCenterCoverage {
  /** Abbreviation (carrier rcAbbre), e.g. HAVERHILL. */
  rateCenter: string;
  lata?: string;
  marketName?: string;
  /** Two-letter state (carrier locState). */
  province?: string;
  lnpApproved?: boolean;
  didApproved?: boolean;
}

const item = record({ lata: text, rcAbbre: text, rateCenter: text, marketName: text, locState: text, lnpApproved: yn, didApproved: yn });

/** Documented (L11341): `rateCenterList: { rateCenterItem: [...] }`; an item without an abbreviation names nothing and is dropped. */
export const rateCenterCoverage = defineOperation({
  name: 'rateCenterCoverage',
  kind: 'read',
  request: (input: { wireless?: boolean }) => {
    const wireless = boolToYn(input.wireless);
    return wireless === undefined ? {} : { wireless };
  },
  response: record({ rateCenterList: wrappedList('rateCenterItem', item) }),
  map: (wire) =>
    wire.rateCenterList.flatMap((w): RateCenterCoverage[] => {
      const rateCenter = w.rcAbbre ?? w.rateCenter;
      if (rateCenter === undefined) return [];
      const out: RateCenterCoverage = { rateCenter };
      if (w.lata !== undefined) out.lata = w.lata;
      if (w.marketName !== undefined) out.marketName = w.marketName;
      if (w.locState !== undefined) out.province = w.locState;
      if (w.lnpApproved !== undefined) out.lnpApproved = w.lnpApproved;
      if (w.didApproved !== undefined) out.didApproved = w.didApproved;
      return [out];
    }),
  notFound: { empty: () => [] },
});
