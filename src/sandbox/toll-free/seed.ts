/**
 * Seeded toll-free numbers: assigned ones on the seeded routing labels (with caller ID, messaging
 * and E911 spread over them) and an inventory that vanity searches find (844-CALL-NOW,
 * 800-FLOWERS, a sequential 800-623 block).
 */
import { CUSTOMER_RESPORG, OUR_RESPORG, type InventoryTollFree, type TollFreeRecord, type TollFreeState } from './records.js';

const DAY = 86_400_000;
const E911_CHICAGO = {
  name: 'James Holden',
  origStreetNum: '550',
  origStreetInfo: 'W Adams St',
  origLocation: '9th floor',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60661',
};

function assigned(now: number): TollFreeRecord[] {
  const base = (tn: string, routingLabel: string, i: number): TollFreeRecord => ({
    tn,
    status: 'INSVC',
    routingLabel,
    respOrgId: i % 3 === 0 ? CUSTOMER_RESPORG.id : OUR_RESPORG.id,
    respOrgName: i % 3 === 0 ? CUSTOMER_RESPORG.name : OUR_RESPORG.name,
    cics: ['0913', '5102'],
    activateDate: now - (40 - i) * DAY,
    activateUser: 'User, You',
    features: {},
    pending: [],
  });
  const labels = ['NTCHI-1050-8XX-950', 'NTNYC-690-8XX-123', 'NTNYC-690-8XX-124', 'NTDAL-220-8XX-410'];
  const out: TollFreeRecord[] = [];
  for (let i = 0; i < 12; i++) out.push(base(String(8002012311 + i), labels[i % labels.length]!, i));
  for (let i = 0; i < 4; i++) out.push(base(String(8885550100 + i), labels[i]!, 12 + i));
  const [first, second, third, fourth] = out;
  first!.note = 'Sample Note';
  first!.features = {
    callerId: { callingName: 'Harry Fuzz', cnamDip: 'N' },
    messaging: { messageClass: 'P2P', messageType: 'SMS' },
    e911: { ...E911_CHICAGO },
    e911ActivateDate: now - 30 * DAY,
  };
  second!.features = { callerId: { callingName: 'ACME SUPPORT', cnamDip: 'Y' } };
  third!.features = { messaging: { messageClass: 'A2P8XX', messageType: 'SMSMMS', netNumberId: '1234' } };
  fourth!.features = { e911: { ...E911_CHICAGO, name: 'Grace Ng', origLocation: 'Suite 900' }, e911ActivateDate: now - 10 * DAY };
  out[out.length - 1]!.status = 'PDISC';
  return out;
}

function inventory(): InventoryTollFree[] {
  const tns: string[] = [];
  for (let i = 0; i < 20; i++) tns.push(String(8006231980 + i));
  for (let i = 0; i < 10; i++) tns.push(String(8442255030 + i));
  // 844-CALL-NOW, 800-FLOWERS, 855-FLOWERS, 888-HELLO-00, 877-777-7777 (for repeating-digit searches).
  tns.push('8442255669', '8003569377', '8553569377', '8884355600', '8777777777', '8775551212');
  return tns.map((tn) => ({ tn, respOrgPrefix: 'QYR01', cics: ['0913', '0555', '5102', '2121'] }));
}

export function seedTollFree(now: number): TollFreeState {
  return {
    numbers: new Map(assigned(now).map((r) => [r.tn, r])),
    inventory: new Map(inventory().map((r) => [r.tn, r])),
    availOrdered: { month: '', count: 0 },
  };
}
