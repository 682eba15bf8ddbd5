/**
 * /tfFeatureE911List (L8277): the numbers with E911, all or those matching `tnMask`. The guide's
 * mask example has 11 x's; a mask is read as its first ten characters. The enh* fields come back
 * empty, as in the example.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, ok, readStr } from '../wire.js';
import { numbersWith } from './tf-feature-lists.js';
import { compileTfMask } from './vanity.js';

const ENHANCED = { enhStreetNum: '', enhStreetInfo: '', enhCity: '', enhState: '', enhPostalCode: '' };
const E911_FIELDS = ['name', 'origStreetNum', 'origStreetInfo', 'origLocation', 'origCity', 'origState', 'origPostalCode'] as const;

export const tfFeatureE911List = defineOperation({ tnMask: ANY }, ({ state, now }, body) => {
  const mask = readStr(body.tnMask);
  const matches = mask === undefined ? () => true : compileTfMask(mask.length === 11 && /^x+$/i.test(mask) ? mask.slice(0, 10) : mask);
  if (typeof matches === 'string') return invalid(matches);
  const found = numbersWith(state, now, (r) => !!r.features.e911 && matches(r.tn));
  if (found.length === 0) return fail('430', 'No Results Found');
  return ok({
    tfFeatureList: {
      tfFeatureItem: found.map((r) => ({
        tn: Number(r.tn),
        ...Object.fromEntries(E911_FIELDS.map((f) => [f, r.features.e911![f] ?? ''])),
        ...ENHANCED,
      })),
    },
  });
});
