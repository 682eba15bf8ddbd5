/**
 * /tnFeatureE911List (L11178): numbers with E911 and their addresses; `tnMask` narrows the list (a
 * full number is a one-number lookup, the guide's second example). The enh* fields are "" in every
 * example: the sandbox does the same, since it keeps no separately enhanced address.
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import { PAGE_SORT } from '../request-fields.js';
import { compileMask } from '../wildcard.js';
import { invalid, readStr } from '../wire.js';
import { featureListPage } from './feature-list.js';

const ORIG = ['origStreetNum', 'origStreetInfo', 'origLocation', 'origCity', 'origState', 'origPostalCode'] as const;
const ENH = ['enhStreetNum', 'enhStreetInfo', 'enhCity', 'enhState', 'enhPostalCode'] as const;

export const tnFeatureE911List = defineOperation({ tnMask: ANY, pageSort: PAGE_SORT }, ({ state }, body) => {
  const mask = readStr(body.tnMask);
  const matches = mask === undefined ? () => true : compileMask(mask);
  if (typeof matches === 'string') return invalid(matches);
  return featureListPage(
    state,
    'tnFeatureE911List',
    body,
    (a) => a.features.e911 !== undefined && matches(a.tn),
    (a) => {
      const e911 = a.features.e911 ?? {};
      return {
        name: e911['name'] ?? '',
        ...Object.fromEntries(ORIG.map((k) => [k, e911[k] ?? ''])),
        ...Object.fromEntries(ENH.map((k) => [k, ''])),
      };
    },
  );
});
