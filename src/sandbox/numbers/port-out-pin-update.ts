/** /portOutPinUpdate (L2480): a port-out PIN per In Service TN, applied at once. Wrapper and item field are both `portOutPin`. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { tnList } from '../request-fields.js';
import { isReply, readWrappedItems } from '../wire.js';
import { updateInService } from './shared/in-service-update.js';

export const portOutPinUpdate = defineOperation({ portOutPin: tnList({ tn: ANY, portOutPin: ANY }) }, ({ state }, body) => {
  const items = readWrappedItems(body, 'portOutPin');
  if (isReply(items)) return items;
  return updateInService(state, items, 'portOutPin', (a, pin) => {
    // "PIN for onnet port-out protection (Tier 0 & HI)"; reason text as /excludedFeatureList shows it (L10050).
    if (!state.numbers.get(a.tn)?.caps.portOutPin) return 'Port-out PIN is not supported';
    if (pin.trim() === '') return 'Fields are Required: portOutPin';
    a.portOutPin = pin;
    return undefined;
  });
});
