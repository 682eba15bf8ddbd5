/** /portInOrderAvailableActivation: the groups of a port-in order that can be activated now (read; an unknown order is NOT_FOUND). */
import { defineOperation } from '../define.js';
import { orderRefRequest, type OrderRef } from '../shared/order-ref.js';
import type { Tn } from '../shared/tn.js';
import { list, record, text, timestamp, tn, wrappedList } from '../wire/schema.js';

export interface ActivationGroup {
  /** The group's name as the carrier writes it; /portInOrderActivate takes it back. */
  tnGroup: string;
  /** YYYY-MM-DD (focDt, "2017-09-27 00:00:00.0"). */
  focDate?: string;
  tns: Tn[];
}

const group = record({ tnGroup: text, focDt: timestamp, tnList: wrappedList('tnItem', record({ tn })) });

export const portInOrderAvailableActivation = defineOperation({
  name: 'portInOrderAvailableActivation',
  kind: 'read',
  request: (ref: OrderRef) => orderRefRequest('portInOrderAvailableActivation', ref),
  response: record({ availableActivationList: list(group) }),
  map: (wire): ActivationGroup[] =>
    wire.availableActivationList
      .filter((g) => g.tnGroup !== undefined)
      .map((g) => {
        const out: ActivationGroup = { tnGroup: g.tnGroup!, tns: g.tnList.map((i) => i.tn) };
        if (g.focDt) out.focDate = g.focDt.date;
        return out;
      }),
  notFound: { invalidOrderId: true },
});
