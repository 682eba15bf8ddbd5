/** /tnFeatureDLList (L11133): every number with a directory listing and the listing; the request is the key alone, no pages. */
import { defineOperation } from '../operation.js';
import { ok } from '../wire.js';

const FIELDS = [
  'firstName',
  'lastName',
  'streetNum',
  'streetPreDir',
  'streetName',
  'streetType',
  'streetPostDir',
  'location',
  'city',
  'state',
  'postalCode',
] as const;

export const tnFeatureDLList = defineOperation({}, ({ state }) => {
  const listed = [...state.assigned.values()].filter((a) => a.features.directoryListing).sort((a, b) => a.tn.localeCompare(b.tn));
  return ok({
    tnFeatureList: {
      tnFeatureItem: listed.map((a) => ({
        tn: Number(a.tn),
        ...Object.fromEntries(
          FIELDS.flatMap((k) => (a.features.directoryListing?.[k] === undefined ? [] : [[k, a.features.directoryListing[k]]])),
        ),
      })),
    },
  });
});
