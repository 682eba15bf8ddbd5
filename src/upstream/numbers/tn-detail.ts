/** /tnDetail: assigned numbers in full, several search items in one request, one merged page (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import { tnStatusFromWire, tnStatusToCode, type TnStatus } from '../shared/codes.js';
import { endUserSchema, type EndUser } from '../shared/end-user.js';
import { featuresSchema, type MessageClass, type MessageType, type TnFeatures } from '../shared/features.js';
import { emptyPage, pageFields, pageFromWire, pageSort, type Page, type PageRequest } from '../shared/page.js';
import { rateCenterFields, rateCenterFromWire, type RateCenterRef } from '../shared/rate-center.js';
import type { Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { record, required, text, timestamp, tn, wrappedList, yn } from '../wire/schema.js';
import { boolToYn } from '../wire/values.js';

/** One assigned number as /tnDetail describes it. */
export interface TelephoneNumberRecord extends RateCenterRef {
  tn: Tn;
  status: TnStatus;
  trunkGroup?: string;
  endUser?: EndUser;
  features: TnFeatures;
  countryCode?: string;
  /** tnSource, e.g. NATIVE. */
  source?: string;
  /** activateDate, ISO-8601 UTC. */
  activatedAt?: string;
  activatedBy?: string;
  wireless?: boolean;
  portOutPin?: string;
  note?: string;
}

/** One /tnDetail `tnSearchItem`. `tnMask` is required by the upstream. */
export interface TnSearchCriteria {
  tnMask: string;
  tnStatus?: TnStatus;
  trunkGroupName?: string;
  lata?: string;
  rateCenter?: string;
  province?: string;
  rateCenterTier?: string;
  portOutPin?: string;
  tnNote?: string;
  callingNameContains?: string;
  directoryListingContains?: string;
  e911Contains?: string;
  messageClass?: MessageClass;
  messageType?: MessageType;
  wireless?: boolean;
}

export interface TnDetailQuery {
  criteria: TnSearchCriteria[];
  page?: PageRequest | undefined;
}

const item = record({
  tn,
  tnStatus: required(tnStatusFromWire, 'unknown TN status'),
  ...rateCenterFields,
  tnFeature: featuresSchema,
  endUser: endUserSchema,
  trunkGroup: text,
  countryCode: text,
  tnSource: text,
  activateDate: timestamp,
  activateUser: text,
  portOutPin: text,
  tnNote: text,
  wireless: yn,
});

export const tnDetail = defineOperation({
  name: 'tnDetail',
  kind: 'read',
  withoutCall: ({ criteria, page }: TnDetailQuery) => (criteria.length === 0 ? emptyPage<TelephoneNumberRecord>(page?.page) : undefined),
  /**
   * When no page is asked for and every item is an exact TN (the batch-by-key
   * use), `pageSort.size` defaults to the number of items so the carrier's
   * default page size cannot truncate the batch.
   */
  request: ({ criteria, page }: TnDetailQuery) => {
    const exactBatch = criteria.length > 0 && criteria.every((c) => /^\d{10}$/.test(c.tnMask));
    const effectivePage = page ?? (exactBatch ? { page: 1, size: criteria.length } : undefined);
    return compact({
      tnSearchList: {
        tnSearchItem: criteria.map((c) =>
          compact({
            tnMask: c.tnMask,
            tnStatus: c.tnStatus ? tnStatusToCode(c.tnStatus) : undefined,
            trunkGroupName: c.trunkGroupName,
            lata: c.lata,
            rateCenter: c.rateCenter,
            province: c.province,
            rateCenterTier: c.rateCenterTier,
            portOutPin: c.portOutPin,
            tnNote: c.tnNote,
            callingNameContains: c.callingNameContains,
            directoryListingContains: c.directoryListingContains,
            e911Contains: c.e911Contains,
            messageClass: c.messageClass,
            messageType: c.messageType,
            wireless: boolToYn(c.wireless),
          }),
        ),
      },
      pageSort: pageSort(effectivePage),
    });
  },
  response: record({ tnList: wrappedList('tnItem', item), ...pageFields }),
  map: (wire, { page }): Page<TelephoneNumberRecord> => {
    const items = wire.tnList.map((w): TelephoneNumberRecord =>
      defined({
        tn: w.tn,
        status: w.tnStatus,
        ...rateCenterFromWire(w),
        features: w.tnFeature,
        trunkGroup: w.trunkGroup,
        countryCode: w.countryCode,
        source: w.tnSource,
        activatedAt: w.activateDate?.instant,
        activatedBy: w.activateUser,
        portOutPin: w.portOutPin,
        note: w.tnNote,
        endUser: w.endUser,
        wireless: w.wireless,
      }),
    );
    return pageFromWire(wire, items, page?.page);
  },
  notFound: { empty: ({ page }) => emptyPage<TelephoneNumberRecord>(page?.page) },
});
