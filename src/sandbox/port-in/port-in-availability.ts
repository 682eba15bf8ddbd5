/**
 * /portInAvailability (L6825): portability of each number, with the losing carrier and LRN when
 * `returnServiceProviderName` is true ("feature supported for portable numbers only"). Wireless
 * checks on an account without wireless answer 414 "Wireless not allowed for Customer" (L6889).
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { tnList } from '../request-fields.js';
import { fail, invalid, rawTn, readItems, readYN, readTn, required, type Json } from '../wire.js';
import { losingCarrierOf, lrnOf, notPortableReason, tierOf } from './shared/port-state.js';

const REQUEST = { returnServiceProviderName: ANY, searchOnNetOnly: ANY, wireless: ANY, ...tnList({ tn: ANY }) } as const;

export const portInAvailability = defineOperation(REQUEST, ({ state }, body) => {
  const items = readItems(body);
  if (!items || items.length === 0) return required('tnList.tnItem');
  if (readYN(body.wireless) === 'Y' && !state.account.wirelessEnabled) return fail('414', 'Wireless not allowed for Customer');
  const tns: string[] = [];
  for (const item of items) {
    const tn = readTn(item['tn']);
    if (!tn) return invalid(`tn must be a ten-digit telephone number, got [${rawTn(item['tn'])}]`);
    tns.push(tn);
  }
  // The example sends `true`; "Y" is read the same way.
  const withProvider = body.returnServiceProviderName === true || readYN(body.returnServiceProviderName) === 'Y';
  const onNetOnly = readYN(body.searchOnNetOnly) === 'Y';
  const serviceAvailable = tns.map((tn): Json => {
    const tier = tierOf(state, tn);
    const reason = notPortableReason(state, tn) ?? (onNetOnly && tier !== '0' ? 'TN is not on-net (Tier 0)' : undefined);
    const portable = reason === undefined;
    return {
      telephoneNumber: tn,
      isPortable: portable,
      serviceProviderName: portable && withProvider ? losingCarrierOf(state, tn) : '',
      localRoutingNumber: portable && withProvider ? lrnOf(tn) : '',
      rateCenterTier: tier,
      notPortableReason: reason ?? '',
    };
  });
  return { status: 'Success', statusCode: '200', serviceAvailable };
});
