/** /ticketDetail (L10749): one ticket in full (read). The answer is a list of one; 430 is "no such ticket" (null). */
import { defineOperation } from '../define.js';
import { defined } from '../wire/request.js';
import { list, record, required, text, timestamp } from '../wire/schema.js';
import { ticketNumber, toTicketId } from './ticket-summary.js';

export interface TicketDetail {
  ticketId: string;
  description?: string;
  /** occurDate, YYYY-MM-DD. */
  occurredOn?: string;
  market?: string;
  region?: string;
  operationalMarket?: string;
  assignedWorkgroup?: string;
  contactName?: string;
  country?: string;
  contactPhone?: string;
  contactPhoneExtension?: string;
  contactEmail?: string;
  /** externalCompanyTicket here, extlCompanyTicket everywhere else. */
  customerTicketReference?: string;
  service?: string;
  source?: string;
  /** The problem as its description ("Fast Busy"), not the code the create call takes (FASTBUSY). */
  problemLabel?: string;
  statusLabel?: string;
  causeLabel?: string;
  resolutionLabel?: string;
  expectedCustomerImpact?: string;
  enteredOn?: string;
  enteredBy?: string;
  resolvedBy?: string;
  closedBy?: string;
  updatedOn?: string;
  updatedBy?: string;
  nocTechnician?: string;
  originatingNumber?: string;
  terminatingNumber?: string;
}

const detailSchema = record({
  troubleTicketId: required(toTicketId, 'troubleTicketId is not a ticket id'),
  description: text,
  occurDate: timestamp,
  marketName: text,
  regionName: text,
  operationalMarketName: text,
  assignedWorkgroupName: text,
  contactName: text,
  countryRef: text,
  contactPhone: text,
  contactPhoneExtension: text,
  contactEmailAddress: text,
  externalCompanyTicket: text,
  // The request spelling, in case an answer uses it (the list does).
  extlCompanyTicket: text,
  troubleTicketService: text,
  troubleTicketSource: text,
  troubleTicketProblemCode: text,
  troubleTicketStatus: text,
  troubleTicketCauseCode: text,
  troubleTicketResolveCode: text,
  expectedCustomerImpact: text,
  enterDate: timestamp,
  enterUserDisplayName: text,
  resolveUserDisplayName: text,
  closeUserDisplayName: text,
  updateDate: timestamp,
  updateUserDisplayName: text,
  nocTechDisplayName: text,
  // origTN/termTN in answers, origTn/termTn in the request (L10806); both read.
  origTN: ticketNumber,
  termTN: ticketNumber,
  origTn: ticketNumber,
  termTn: ticketNumber,
}).transform((w): TicketDetail =>
  defined({
    ticketId: w.troubleTicketId,
    description: w.description,
    occurredOn: w.occurDate?.date,
    market: w.marketName,
    region: w.regionName,
    operationalMarket: w.operationalMarketName,
    assignedWorkgroup: w.assignedWorkgroupName,
    contactName: w.contactName,
    country: w.countryRef,
    contactPhone: w.contactPhone,
    contactPhoneExtension: w.contactPhoneExtension,
    contactEmail: w.contactEmailAddress,
    customerTicketReference: w.externalCompanyTicket ?? w.extlCompanyTicket,
    service: w.troubleTicketService,
    source: w.troubleTicketSource,
    problemLabel: w.troubleTicketProblemCode,
    statusLabel: w.troubleTicketStatus,
    causeLabel: w.troubleTicketCauseCode,
    resolutionLabel: w.troubleTicketResolveCode,
    expectedCustomerImpact: w.expectedCustomerImpact,
    enteredOn: w.enterDate?.date,
    // Display names come as "Last, First " (L10797): trimmed by `text`.
    enteredBy: w.enterUserDisplayName,
    resolvedBy: w.resolveUserDisplayName,
    closedBy: w.closeUserDisplayName,
    updatedOn: w.updateDate?.date,
    updatedBy: w.updateUserDisplayName,
    nocTechnician: w.nocTechDisplayName,
    originatingNumber: w.origTN ?? w.origTn,
    terminatingNumber: w.termTN ?? w.termTn,
  }),
);

export const ticketDetail = defineOperation({
  name: 'ticketDetail',
  kind: 'read',
  request: ({ ticketId }: { ticketId: string }) => ({ troubleTicketId: ticketId }),
  response: record({ ticketDetailList: list(detailSchema) }),
  map: (wire, { ticketId }): TicketDetail | null => wire.ticketDetailList.find((t) => t.ticketId === ticketId) ?? null,
  notFound: { empty: () => null },
});
