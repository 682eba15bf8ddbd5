/** Client records → graph objects of the toll-free domain. */
import type { TollFreeNumberRecord } from '../../upstream/toll-free/tf-detail.js';
import type { AvailableTollFreeNumber as AvailableRecord } from '../../upstream/toll-free/tf-inventory.js';
import type { TollFreeE911 } from '../../upstream/toll-free/tf-wire.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';
import { TollFreeNumberStatus } from './toll-free.enums.js';
import {
  AvailableTollFreeNumber,
  Cic,
  RespOrg,
  TollFreeCallerId,
  TollFreeE911Address,
  TollFreeFeatures,
  TollFreeMessaging,
  TollFreeNumber,
} from './toll-free-number.type.js';

function respOrg(id: string | undefined, name?: string): RespOrg | null {
  return id ? Object.assign(new RespOrg(), { id, name: name ?? null }) : null;
}

const cics = (codes: string[], names: string[] = []): Cic[] =>
  codes.map((code, i) => Object.assign(new Cic(), { code, companyName: names[i] ?? null }));

function e911(e: TollFreeE911 | undefined): TollFreeE911Address | null {
  if (!e) return null;
  return Object.assign(new TollFreeE911Address(), {
    name: e.name ?? null,
    streetNumber: e.streetNumber ?? null,
    street: e.streetInfo ?? null,
    location: e.location ?? null,
    city: e.city ?? null,
    state: e.state ?? null,
    postalCode: e.postalCode ?? null,
    activatedAt: e.activatedAt ?? null,
    activatedBy: e.activatedBy ?? null,
  });
}

export function toTollFreeNumber(r: TollFreeNumberRecord): TollFreeNumber {
  const f = r.features;
  const features = Object.assign(new TollFreeFeatures(), {
    callerId: f.callerId
      ? Object.assign(new TollFreeCallerId(), { callingName: f.callerId.callingName ?? null, cnamDip: f.callerId.cnamDip ?? null })
      : null,
    messaging: f.messaging
      ? Object.assign(new TollFreeMessaging(), {
          messageClass: (f.messaging.messageClass as MessageClass | undefined) ?? null,
          messageType: (f.messaging.messageType as MessageType | undefined) ?? null,
          netNumberId: f.messaging.netNumberId ?? null,
        })
      : null,
    e911: e911(f.e911),
  });
  return Object.assign(new TollFreeNumber(), {
    tn: r.tn,
    status: r.status as TollFreeNumberStatus,
    statusLabel: r.statusLabel ?? null,
    routingLabelName: r.routingLabel ?? null,
    respOrg: respOrg(r.respOrgId, r.respOrgName),
    cics: cics(r.cics, r.cicCompanyNames),
    activatedAt: r.activatedAt ?? null,
    activatedBy: r.activatedBy ?? null,
    note: r.note ?? null,
    features,
  });
}

export function toAvailableTollFreeNumber(r: AvailableRecord): AvailableTollFreeNumber {
  return Object.assign(new AvailableTollFreeNumber(), { tn: r.tn, respOrg: respOrg(r.respOrgId), cics: cics(r.cics) });
}
