/**
 * /portInAvailability: whether numbers can be ported in, with the losing carrier and LRN (read).
 * Answers are keyed by `telephoneNumber`, a string, though the request sends `tn` as a number.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { normalizeTier } from '../shared/codes.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { lenient, list, record, text, tn } from '../wire/schema.js';
import { boolToYn, tnAsNumber, ynToBool } from '../wire/values.js';

export interface PortabilityQuery {
  tns: Tn[];
  /** Ask for the losing carrier and LRN (portable numbers only). */
  withServiceProvider?: boolean;
  onNetOnly?: boolean;
  wireless?: boolean;
}

export interface Portability {
  tn: Tn;
  portable?: boolean;
  serviceProviderName?: string;
  localRoutingNumber?: string;
  /** "0" is on-net Tier 0. */
  rateCenterTier?: string;
  notPortableReason?: string;
}

const answer = record({
  telephoneNumber: tn,
  isPortable: lenient(ynToBool),
  serviceProviderName: text,
  localRoutingNumber: text,
  rateCenterTier: lenient(normalizeTier),
  notPortableReason: text,
});

export const portInAvailability = defineOperation({
  name: 'portInAvailability',
  kind: 'read',
  request: (q: PortabilityQuery) =>
    compact({
      // A boolean, unlike the Y/N flags beside it (the guide's example).
      returnServiceProviderName: q.withServiceProvider ? true : undefined,
      searchOnNetOnly: boolToYn(q.onNetOnly),
      wireless: boolToYn(q.wireless),
      tnList: { tnItem: q.tns.map((t) => ({ tn: tnAsNumber(inputTn('portInAvailability', t)) })) },
    }),
  response: record({ serviceAvailable: list(answer) }),
  map: (wire): Portability[] =>
    wire.serviceAvailable.map((a) =>
      defined({
        tn: a.telephoneNumber,
        portable: a.isPortable,
        serviceProviderName: a.serviceProviderName,
        localRoutingNumber: a.localRoutingNumber,
        rateCenterTier: a.rateCenterTier,
        notPortableReason: a.notPortableReason,
      }),
    ),
  notFound: NOT_FOUND_IS_AN_ERROR,
  withoutCall: (q) => (q.tns.length === 0 ? [] : undefined),
});
