/**
 * /tnReservedList (L1359): the account's reserved numbers. The request is the key alone. Field
 * names differ from /tnInventory on purpose (L1399): isWireless, allowPortOutPin,
 * portoutNotification, tier "0".
 */
import { defineOperation } from '../operation.js';
import { fail, ok, yn } from '../wire.js';

export const tnReservedList = defineOperation({}, ({ state }) => {
  const reserved = [...state.numbers.values()].filter((r) => r.state === 'reserved').sort((a, b) => a.tn.localeCompare(b.tn));
  if (reserved.length === 0) return fail('430', 'No Result Found');
  const reservedTns = reserved.map((r) => {
    const rc = state.rateCenters.get(r.rateCenter)!;
    return {
      telephoneNumber: r.tn,
      rateCenter: rc.abbr,
      rateCenterName: rc.name,
      lata: rc.lata,
      province: rc.province,
      city: rc.city,
      isWireless: yn(r.wireless),
      rateCenterTier: rc.tier,
      cnamAllowed: yn(r.caps.cnam),
      dlAllowed: yn(r.caps.dl),
      e911Allowed: yn(r.caps.e911),
      msgAllowed: yn(r.caps.msg),
      countryCode: '1',
      allowPortOutPin: yn(r.caps.portOutPin),
      portoutNotification: yn(r.caps.portOutNotification),
    };
  });
  return ok({ reservedTns });
});
