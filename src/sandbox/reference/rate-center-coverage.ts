/** /rateCenterCoverage (L11341): every rate center with its DID and LNP approval; `wireless` Y needs a wireless-enabled account. */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, ok, readStr, yn } from '../wire.js';
import { approvalOf, marketNameOf } from './coverage-approval.js';

export const rateCenterCoverage = defineOperation({ wireless: ANY }, ({ state }, body) => {
  const wireless = readStr(body.wireless);
  if (wireless !== undefined && wireless !== 'Y' && wireless !== 'N') return invalid('wireless must be Y or N');
  if (wireless === 'Y' && !state.account.wirelessEnabled) return fail('414', 'Wireless not allowed for Customer');
  const rateCenters = [...state.rateCenters.values()]
    .filter((rc) => wireless !== 'Y' || rc.wirelessNpaNxx.length > 0)
    .sort((a, b) => a.abbr.localeCompare(b.abbr));
  return ok({
    rateCenterList: {
      rateCenterItem: rateCenters.map((rc) => {
        const approval = approvalOf(rc);
        return {
          lata: rc.lata,
          rcAbbre: rc.abbr,
          marketName: marketNameOf(rc),
          locState: rc.province,
          lnpApproved: yn(approval.lnp),
          didApproved: yn(approval.did),
        };
      }),
    },
  });
});
