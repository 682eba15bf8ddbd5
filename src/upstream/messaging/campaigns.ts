/** The messaging campaign shapes the campaign operations share. */
import type { MessageClass, MessageType } from '../shared/features.js';
import type { Tn } from '../shared/tn.js';
import type { CarrierTimestamp } from '../wire/timestamps.js';

/** A campaign as /messageCampaigns lists it. */
export interface MessagingCampaignRecord {
  campaignId: string;
  description?: string | undefined;
  startDate?: CarrierTimestamp | undefined;
  /** Absent when open-ended: the carrier writes 9999-12-31 for "no end". */
  endDate?: CarrierTimestamp | undefined;
  billable?: boolean | undefined;
}

/** One number and the campaign assigned to it (/tnMessagingCampaignList). */
export interface CampaignAssignment {
  tn: Tn;
  campaignId: string;
}

/** A campaign change for a set of numbers: assign `campaignId`, or remove the numbers' campaign. */
export type CampaignChange =
  | { action: 'assign'; campaignId: string; tns: Tn[]; customerOrderReference?: string | undefined }
  | { action: 'remove'; tns: Tn[]; customerOrderReference?: string | undefined };

/** Messaging on one number (/tnMessaging): set class and type, or remove it. */
export type MessagingChange =
  | { tn: Tn; messageClass: MessageClass; messageType: MessageType; netNumberId?: string | undefined; remove?: false }
  | { tn: Tn; remove: true };
