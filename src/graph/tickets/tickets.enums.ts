/**
 * Ticket enums. A ticket's status and problem reach us as display texts ("Referred Out", "Fast
 * Busy"), while a new ticket takes the problem as a code (FASTBUSY) and the list filter takes the
 * status text: both map to one enum here, and the texts stay readable as `statusLabel` and
 * `problemLabel`.
 */
import { registerEnumType } from 'type-graphql';

export enum TicketStatus {
  OPEN = 'OPEN',
  REFERRED_OUT = 'REFERRED_OUT',
  MONITORING = 'MONITORING',
  RESOLVED = 'RESOLVED',
  READY_FOR_CLOSURE = 'READY_FOR_CLOSURE',
  CLOSED = 'CLOSED',
  OTHER = 'OTHER',
}

/** The carrier's text of each status (guide /ticketList), which its filter also takes. */
export const TICKET_STATUS_LABELS: Readonly<Record<Exclude<TicketStatus, TicketStatus.OTHER>, string>> = {
  OPEN: 'Open',
  REFERRED_OUT: 'Referred Out',
  MONITORING: '24-Hour Monitor',
  RESOLVED: 'Resolved',
  READY_FOR_CLOSURE: 'Ready for Closure',
  CLOSED: 'Closed',
};

registerEnumType(TicketStatus, {
  name: 'TicketStatus',
  description: 'Where a trouble ticket stands. The carrier moves it along; statusLabel keeps its own words.',
  valuesConfig: {
    OPEN: { description: 'Just opened ("Open").' },
    REFERRED_OUT: { description: 'Handed to another party to work on ("Referred Out").' },
    MONITORING: { description: 'Fixed and watched for a day ("24-Hour Monitor").' },
    RESOLVED: { description: 'Resolved ("Resolved").' },
    READY_FOR_CLOSURE: { description: 'Waiting to be closed ("Ready for Closure").' },
    CLOSED: { description: 'Closed ("Closed").' },
    OTHER: { description: 'A status this gateway does not know yet; see statusLabel.' },
  },
});

export enum TicketProblem {
  WRONG_TRUNK_GROUP = 'WRONG_TRUNK_GROUP',
  CALLER_ID = 'CALLER_ID',
  CALLS_DROPPING = 'CALLS_DROPPING',
  DTMF = 'DTMF',
  DEAD_AIR = 'DEAD_AIR',
  DELAYED_AUDIO = 'DELAYED_AUDIO',
  EQUIPMENT_ALARM = 'EQUIPMENT_ALARM',
  FAST_BUSY = 'FAST_BUSY',
  FAX_FAILING = 'FAX_FAILING',
  WRONG_CODEC = 'WRONG_CODEC',
  WRONG_LRN = 'WRONG_LRN',
  CAPACITY = 'CAPACITY',
  CALL_QUALITY = 'CALL_QUALITY',
  ONE_WAY_AUDIO = 'ONE_WAY_AUDIO',
  PACKET_LOSS = 'PACKET_LOSS',
  POINT_OF_SALE = 'POINT_OF_SALE',
  POST_DIAL_DELAY = 'POST_DIAL_DELAY',
  WRONG_NUMBER = 'WRONG_NUMBER',
  RECORDING = 'RECORDING',
  REMOTE_HANDS = 'REMOTE_HANDS',
  OTHER = 'OTHER',
}

/** Each problem's request code and the carrier's description of it (guide /ticketCreate's table). */
export const TICKET_PROBLEMS: Readonly<Record<Exclude<TicketProblem, TicketProblem.OTHER>, { code: string; label: string }>> = {
  WRONG_TRUNK_GROUP: { code: 'WRONGTG', label: 'Call going to wrong trunk group' },
  CALLER_ID: { code: 'CALLERID', label: 'Caller ID' },
  CALLS_DROPPING: { code: 'CALLDROP', label: 'Calls dropping' },
  DTMF: { code: 'DTMF', label: 'Dual tone multi-frequency' },
  DEAD_AIR: { code: 'DEDAIR', label: 'Dead air' },
  DELAYED_AUDIO: { code: 'DLYDAUD', label: 'Delayed audio' },
  EQUIPMENT_ALARM: { code: 'EQUIPALRM', label: 'Equipment alarm' },
  FAST_BUSY: { code: 'FASTBUSY', label: 'Fast busy' },
  FAX_FAILING: { code: 'FAXFAIL', label: 'Fax failing' },
  WRONG_CODEC: { code: 'WRONGCODEC', label: 'Incorrect codec' },
  WRONG_LRN: { code: 'WRONGLRN', label: 'Incorrect location routing number' },
  CAPACITY: { code: 'CAPACITY', label: 'Insufficient resources available' },
  CALL_QUALITY: { code: 'QUALITY', label: 'Noise, static, or poor call quality' },
  ONE_WAY_AUDIO: { code: 'OWAUD', label: 'One-way audio' },
  PACKET_LOSS: { code: 'PKTLOSS', label: 'Packet loss' },
  POINT_OF_SALE: { code: 'POSCCM', label: 'Point-of-sale or credit card machine' },
  POST_DIAL_DELAY: { code: 'PDD', label: 'Post-dial delay' },
  WRONG_NUMBER: { code: 'WRONGNUM', label: 'Reaching wrong number' },
  RECORDING: { code: 'RECORDING', label: 'Recording' },
  REMOTE_HANDS: { code: 'RMTHNDS', label: 'Remote hands request' },
};

registerEnumType(TicketProblem, {
  name: 'TicketProblem',
  description: 'What is wrong, as the carrier classifies trouble; problemLabel keeps its own words.',
  valuesConfig: {
    ...Object.fromEntries(
      Object.entries(TICKET_PROBLEMS).map(([value, { code, label }]) => [value, { description: `${label} (carrier code ${code}).` }]),
    ),
    OTHER: { description: 'A problem this gateway does not know yet; see problemLabel. Not accepted when opening a ticket.' },
  },
});

/** Compared without case, spaces or punctuation: "Fast Busy", "fast busy" and FASTBUSY are one problem. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

const STATUS_BY_TEXT = new Map(Object.entries(TICKET_STATUS_LABELS).map(([value, label]) => [squash(label), value as TicketStatus]));
const PROBLEM_BY_TEXT = new Map(
  Object.entries(TICKET_PROBLEMS).flatMap(([value, { code, label }]) => [
    [squash(code), value as TicketProblem],
    [squash(label), value as TicketProblem],
  ]),
);

/** The status a carrier text names; OTHER for an unknown one, null when there is none. */
export const ticketStatusOf = (label: string | undefined): TicketStatus | null =>
  label === undefined ? null : (STATUS_BY_TEXT.get(squash(label)) ?? TicketStatus.OTHER);

/** The problem a carrier code or description names; OTHER for an unknown one, null when there is none. */
export const ticketProblemOf = (label: string | undefined): TicketProblem | null =>
  label === undefined ? null : (PROBLEM_BY_TEXT.get(squash(label)) ?? TicketProblem.OTHER);
