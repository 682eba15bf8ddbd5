/**
 * The features an order could not provision, derived from what each number supports (its rate
 * center's capabilities, as /tnInventory reports them) and from the E911 address's postal code:
 * a feature the number does not support is excluded with the guide's "<Feature> is not supported"
 * (L10046–L10058); an E911 address whose postal code is not one of the rate center's cannot be
 * validated (the guide's reasons, L10139). Read-only: orders keep their own state as they were.
 */
import type { SandboxState } from '../../store.js';
import type { Order } from '../../types.js';
import { visibleItems } from './order-view.js';

export interface FeatureExclusion {
  tn: string;
  reason: string;
  e911?: Record<string, string>;
}

const UNSUPPORTED = (feature: string) => `${feature} is not supported`;
export const ADDRESS_NOT_VALIDATED =
  'The address given could not be validated.|Please verify that the provided address is correct.|Multiple addresses found (may be missing pre-directional)';

export function featureExclusions(state: SandboxState, o: Order): FeatureExclusion[] {
  // Features are provisioned once the order has been validated.
  if (o.status === 'INCOMPLT') return [];
  const out: FeatureExclusion[] = [];
  for (const item of visibleItems(o)) {
    if (item.canceled) continue;
    const rec = state.numbers.get(item.tn);
    if (!rec) continue;
    const f = item.tnFeature ?? {};
    if (f['callerId']?.['callingName'] && !rec.caps.cnam) out.push({ tn: item.tn, reason: UNSUPPORTED('CNAM') });
    if (f['directoryListing'] && !rec.caps.dl) out.push({ tn: item.tn, reason: UNSUPPORTED('Directory Listing') });
    const e911 = f['e911'];
    if (e911 && !rec.caps.e911) out.push({ tn: item.tn, reason: UNSUPPORTED('E911'), e911 });
    else if (e911 && !state.rateCenterOf(item.tn)?.postalCodes.includes(e911['origPostalCode'] ?? '')) {
      out.push({ tn: item.tn, reason: ADDRESS_NOT_VALIDATED, e911 });
    }
    if (f['messaging'] && !rec.caps.msg) out.push({ tn: item.tn, reason: UNSUPPORTED('Messaging') });
    if (item.portOutPin && !rec.caps.portOutPin) out.push({ tn: item.tn, reason: UNSUPPORTED('Port-out PIN') });
  }
  return out;
}
