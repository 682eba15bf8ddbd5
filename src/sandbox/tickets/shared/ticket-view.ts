/** How a ticket reads in /ticketList and /ticketDetail at a given sandbox time. */
import { day, stageOf, type TicketRecord } from './ticket-book.js';
import { PROBLEM_CODES } from './problem-codes.js';

const NOC = 'Bullock, Christopher ';

/** A /ticketList item (L10735): the id is a number. */
export function listItem(t: TicketRecord, now: number) {
  return {
    troubleTicketId: t.id,
    extlCompanyTicket: t.extlCompanyTicket,
    troubleTicketStatus: stageOf(t, now).status,
    enterDate: day(t.enteredAt),
    contactName: t.contactName,
  };
}

/** A /ticketDetail item (L10773): every key always present, empty ones as "". */
export function detailItem(t: TicketRecord, now: number) {
  const stage = stageOf(t, now);
  const lastNote = t.notes.reduce((latest, n) => Math.max(latest, n.at), 0);
  const referred = stage.index >= 1;
  const resolved = stage.index >= 3;
  const closed = stage.status === 'Closed';
  return {
    troubleTicketId: t.id,
    description: t.description,
    marketName: 'Washington DC',
    regionName: 'South',
    operationalMarketName: 'Washington DC',
    occurDate: t.occurDate,
    assignedWorkgroupName: 'Network Operations Center',
    contactName: t.contactName,
    countryRef: t.countryRef,
    contactPhone: t.contactPhone,
    contactPhoneExtension: t.extension,
    contactEmailAddress: t.contactEmailAddress,
    externalCompanyTicket: t.extlCompanyTicket,
    troubleTicketService: 'None',
    troubleTicketSource: 'API',
    troubleTicketProblemCode: PROBLEM_CODES[t.problemCode] ?? t.problemCode,
    troubleTicketStatus: stage.status,
    troubleTicketCauseCode: resolved ? 'Customer Equipment' : '',
    troubleTicketResolveCode: resolved ? 'Resolved - No Trouble Found' : '',
    expectedCustomerImpact: '',
    enterDate: day(t.enteredAt),
    enterUserDisplayName: t.enterUser,
    resolveUserDisplayName: resolved ? NOC : '',
    closeUserDisplayName: closed ? NOC : '',
    updateDate: day(Math.max(stage.since, lastNote)),
    updateUserDisplayName: referred ? NOC : t.enterUser,
    nocTechDisplayName: referred ? NOC : '',
    origTN: t.origTn,
    termTN: t.termTn,
  };
}
