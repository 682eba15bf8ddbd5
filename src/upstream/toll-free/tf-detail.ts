/** /tfDetail (L7892): assigned toll-free numbers in full, several search items in one request, one merged page (read; 430 is an empty page). */
import { defineOperation } from '../define.js';
import { tnStatusToCode } from '../shared/codes.js';
import type { MessageClass, MessageType } from '../shared/features.js';
import { emptyPage, pageFields, pageFromWire, pageSort, type Page, type PageRequest } from '../shared/page.js';
import type { Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { record, text, timestamp, tn, wrappedList } from '../wire/schema.js';
import { boolToYn, WireFormatError } from '../wire/values.js';
import {
  e911FromWire,
  e911Schema,
  featureSchema,
  featuresFromWire,
  tollFreeStatusFromWire,
  type TollFreeFeatures,
  type TollFreeStatus,
} from './tf-wire.js';

export interface TollFreeNumberRecord {
  tn: Tn;
  status: TollFreeStatus;
  statusLabel?: string;
  routingLabel?: string;
  respOrgName?: string;
  respOrgId?: string;
  activatedBy?: string;
  activatedAt?: string;
  cics: string[];
  cicCompanyNames: string[];
  note?: string;
  features: TollFreeFeatures;
}

/** One `tfSearchItem`; `tnMask` is required by the carrier. */
export interface TfSearchCriteria {
  tnMask: string;
  status?: TollFreeStatus;
  routingLabel?: string;
  activatedFrom?: string;
  activatedTo?: string;
  activatedBy?: string;
  noteContains?: string;
  cnamDip?: boolean;
  callingNameContains?: string;
  hasCallingName?: boolean;
  e911Contains?: string;
  hasE911?: boolean;
  messageClass?: MessageClass;
  messageType?: MessageType;
  hasMessaging?: boolean;
}

export interface TfDetailQuery {
  criteria: TfSearchCriteria[];
  page?: PageRequest | undefined;
}

const splitList = (s: string | undefined): string[] =>
  s
    ? s
        .split(',')
        .map((v) => v.trim())
        .filter((v) => v !== '')
    : [];

const item = record({
  tn,
  routingLabel: text,
  tnStatusRef: text,
  tnStatusName: text,
  respOrgName: text,
  respOrgPrefix: text,
  activateDisplayName: text,
  activateDate: timestamp,
  cic: text,
  cicCompanyName: text,
  tnNote: text,
  tnFeature: featureSchema,
  // The example puts e911 beside tnFeature (L7970); /tfOrder puts it inside: both are read.
  e911: e911Schema,
});

function statusOf(ref: string | undefined, name: string | undefined): TollFreeStatus {
  const status = tollFreeStatusFromWire(ref) ?? tollFreeStatusFromWire(name);
  if (status === undefined) throw new WireFormatError('tfItem: unknown toll-free status');
  return status;
}

export const tfDetail = defineOperation({
  name: 'tfDetail',
  kind: 'read',
  withoutCall: ({ criteria, page }: TfDetailQuery) => (criteria.length === 0 ? emptyPage<TollFreeNumberRecord>(page?.page) : undefined),
  /** An exact-number batch with no page asked for gets pageSort.size = the batch, so no default page size truncates it. */
  request: ({ criteria, page }: TfDetailQuery) => {
    const exactBatch = criteria.length > 0 && criteria.every((c) => /^\d{10}$/.test(c.tnMask));
    const effectivePage = page ?? (exactBatch ? { page: 1, size: criteria.length } : undefined);
    return compact({
      tfSearchList: {
        tfSearchItem: criteria.map((c) =>
          compact({
            typeTfStatusReference: c.status ? tnStatusToCode(c.status) : undefined,
            routingLabel: c.routingLabel,
            tnMask: c.tnMask,
            activateStartDateRange: c.activatedFrom,
            activateEndDateRange: c.activatedTo,
            activateUser: c.activatedBy,
            tnNote: c.noteContains,
            cnamDip: boolToYn(c.cnamDip),
            callingNameContains: c.callingNameContains,
            callingName: boolToYn(c.hasCallingName),
            e911Contains: c.e911Contains,
            e911: boolToYn(c.hasE911),
            messageClass: c.messageClass,
            messageType: c.messageType,
            messaging: boolToYn(c.hasMessaging),
          }),
        ),
      },
      pageSort: pageSort(effectivePage),
    });
  },
  response: record({ tfList: wrappedList('tfItem', item), ...pageFields }),
  map: (wire, { page }): Page<TollFreeNumberRecord> => {
    const items = wire.tfList.map((w): TollFreeNumberRecord => {
      const e911 = e911FromWire(w.e911) ?? e911FromWire(w.tnFeature.e911);
      return defined({
        tn: w.tn,
        status: statusOf(w.tnStatusRef, w.tnStatusName),
        statusLabel: w.tnStatusName,
        routingLabel: w.routingLabel,
        respOrgName: w.respOrgName,
        respOrgId: w.respOrgPrefix,
        activatedBy: w.activateDisplayName,
        activatedAt: w.activateDate?.instant,
        cics: splitList(w.cic),
        cicCompanyNames: splitList(w.cicCompanyName),
        note: w.tnNote,
        features: featuresFromWire(w.tnFeature, e911),
      });
    });
    return pageFromWire(wire, items, page?.page);
  },
  notFound: { empty: ({ page }) => emptyPage<TollFreeNumberRecord>(page?.page) },
});
