/** Internal shapes of the toll-free sandbox. Wire shapes are built by the handlers. */
import type { StringMap } from '../types.js';

export type TfStatusCode = 'INSVC' | 'PNDNG' | 'PDISC';
export const TF_STATUS_NAMES: Record<TfStatusCode, string> = { INSVC: 'In Service', PNDNG: 'Pending', PDISC: 'Pending Disconnect' };

export interface TfFeatures {
  callerId?: { callingName?: string; cnamDip: 'Y' | 'N' };
  messaging?: { messageClass: string; messageType: string; netNumberId?: string };
  e911?: StringMap;
  e911ActivateDate?: number;
}

/** Work an open order will do on a number, applied when the order store's lifecycle reaches it. */
export interface PendingWork {
  orderId: number;
  kind: 'NEW' | 'ROUTING' | 'FEATURE' | 'DISCO';
  routingLabel?: string;
  /** tnFeature as requested, removeTnFeature flags included. */
  features?: Record<string, StringMap>;
}

export interface TollFreeRecord {
  tn: string;
  status: TfStatusCode;
  routingLabel: string;
  respOrgId: string;
  respOrgName: string;
  cics: string[];
  activateDate: number;
  activateUser: string;
  note?: string;
  features: TfFeatures;
  pending: PendingWork[];
}

export interface InventoryTollFree {
  tn: string;
  respOrgPrefix: string;
  cics: string[];
}

export interface TollFreeState {
  numbers: Map<string, TollFreeRecord>;
  inventory: Map<string, InventoryTollFree>;
  /** 8XXAVAIL numbers taken this calendar month ("max 100 per month", L7786). */
  availOrdered: { month: string; count: number };
}

export const CIC_COMPANIES: Record<string, string> = {
  '0913': 'Inteliquent',
  '5102': 'Level 3',
  '0555': 'Verizon',
  '0222': 'AT&T',
  '2121': 'Lumen',
};
export const OUR_RESPORG = { id: 'LQX01', name: 'Inteliquent RespOrg' };
export const CUSTOMER_RESPORG = { id: 'ABC01', name: 'Example RespOrg Co.' };
