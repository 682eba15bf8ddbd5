/**
 * The problem codes /ticketCreate takes (guide L10645–L10669) and the description /ticketDetail
 * answers with. The create table writes them in sentence case ("Fast busy"); the detail example
 * answers "Fast Busy" (L10789), so answers use title case.
 */
export const PROBLEM_CODES: Readonly<Record<string, string>> = {
  WRONGTG: 'Call Going To Wrong Trunk Group',
  CALLERID: 'Caller ID',
  CALLDROP: 'Calls Dropping',
  DTMF: 'Dual Tone Multi-Frequency',
  DEDAIR: 'Dead Air',
  DLYDAUD: 'Delayed Audio',
  EQUIPALRM: 'Equipment Alarm',
  FASTBUSY: 'Fast Busy',
  FAXFAIL: 'Fax Failing',
  WRONGCODEC: 'Incorrect Codec',
  WRONGLRN: 'Incorrect Location Routing Number',
  CAPACITY: 'Insufficient Resources Available',
  QUALITY: 'Noise, Static, Or Poor Call Quality',
  OWAUD: 'One-Way Audio',
  PKTLOSS: 'Packet Loss',
  POSCCM: 'Point-Of-Sale Or Credit Card Machine',
  PDD: 'Post-Dial Delay',
  WRONGNUM: 'Reaching Wrong Number',
  RECORDING: 'Recording',
  RMTHNDS: 'Remote Hands Request',
};
