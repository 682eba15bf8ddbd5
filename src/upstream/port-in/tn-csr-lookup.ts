/**
 * /tnCsrLookup: the losing carrier's Customer Service Record for a number (read). The carrier
 * answers statusCode "200" even when the lookup fails; the outcome is `csrLookupResult` (0 or 1)
 * with `csrLookupMsg`, whose types the guide's examples swap (example 1: `"csrLookupMsg": 0,
 * "csrLookupResult": "Success"`): the numeric one is the result, the text one the message.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import type { TypeOfService } from '../shared/codes.js';
import { endUserFields } from '../shared/end-user.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { compact, defined } from '../wire/request.js';
import { count, list, raw, record, text, yn } from '../wire/schema.js';
import { str, toCount, toTn } from '../wire/values.js';

export interface CsrQuery {
  tn: Tn;
  accountNum?: string;
  atn?: Tn;
  authName?: string;
  pin?: string;
  password?: string;
}

export interface CustomerServiceRecord {
  tn: Tn;
  succeeded: boolean;
  message?: string;
  accountNum?: string;
  atn?: Tn;
  endUser?: string;
  endUserAddress?: string;
  streetNum?: string;
  streetPreDir?: string;
  streetName?: string;
  streetType?: string;
  streetPostDir?: string;
  locations: Array<{ type: string; value?: string }>;
  city?: string;
  state?: string;
  postalCode?: string;
  typeOfService?: TypeOfService;
  serviceProvider?: string;
  ocn?: string;
  serviceLocationCount?: number;
  lineCount?: number;
  authName?: string;
  authDate?: string;
  earliestScheduledDate?: string;
  remarks?: string;
  lsrRequirements?: string;
  simplePort?: boolean;
  /** Other numbers on the same account. */
  relatedTns: Tn[];
}

const { name: _name, ...endUserAddressFields } = endUserFields;

const csr = record({
  tn: text,
  accountNum: text,
  atn: text,
  endUser: text,
  endUserAddress: text,
  // The end user's members at the top level; its name is `endUser` here, a string.
  ...endUserAddressFields,
  serviceProvider: text,
  ocn: text,
  numOfServiceLocations: count,
  numOfTnLines: count,
  authName: text,
  authDate: text,
  earliestScheduledDate: text,
  remarks: text,
  lsrRequirements: text,
  simplePort: yn,
  csrLookupMsg: raw,
  csrLookupResult: raw,
  tnGroup: list(record({ tn: text })),
});

/** The numeric member of the pair is the result code, the other the message (see the header). */
function outcome(msg: unknown, result: unknown): { succeeded: boolean; message?: string } {
  const code = toCount(result) ?? toCount(msg);
  const message = [result, msg].map((v) => (toCount(v) === undefined ? str(v) : undefined)).find((v) => v !== undefined);
  const succeeded = code !== undefined ? code === 0 : message?.toLowerCase() === 'success';
  return message === undefined ? { succeeded } : { succeeded, message };
}

export const tnCsrLookup = defineOperation({
  name: 'tnCsrLookup',
  kind: 'read',
  request: (q: CsrQuery) =>
    compact({
      tn: inputTn('tnCsrLookup', q.tn),
      accountNum: q.accountNum,
      atn: q.atn !== undefined ? inputTn('tnCsrLookup', q.atn) : undefined,
      authName: q.authName,
      pin: q.pin,
      password: q.password,
    }),
  response: record({ tnCsrLookupResponse: csr }),
  map: ({ tnCsrLookupResponse: w }, q): CustomerServiceRecord => {
    const locations = (
      [
        [w.locationType1, w.locationValue1],
        [w.locationType2, w.locationValue2],
        [w.locationType3, w.locationValue3],
      ] as const
    )
      .filter(([type]) => type !== undefined)
      .map(([type, value]) => (value === undefined ? { type: type! } : { type: type!, value }));
    return defined({
      tn: toTn(w.tn) ?? inputTn('tnCsrLookup', q.tn),
      ...outcome(w.csrLookupMsg, w.csrLookupResult),
      accountNum: w.accountNum,
      atn: toTn(w.atn),
      endUser: w.endUser,
      endUserAddress: w.endUserAddress,
      streetNum: w.streetNum,
      streetPreDir: w.streetPreDir,
      streetName: w.streetName,
      streetType: w.streetType,
      streetPostDir: w.streetPostDir,
      locations,
      city: w.city,
      state: w.state,
      postalCode: w.postalCode,
      typeOfService: w.typeOfService,
      serviceProvider: w.serviceProvider,
      ocn: w.ocn,
      serviceLocationCount: w.numOfServiceLocations,
      lineCount: w.numOfTnLines,
      authName: w.authName,
      authDate: w.authDate,
      earliestScheduledDate: w.earliestScheduledDate,
      remarks: w.remarks,
      lsrRequirements: w.lsrRequirements,
      simplePort: w.simplePort,
      relatedTns: w.tnGroup.map((g) => toTn(g.tn)).filter((t): t is Tn => t !== undefined),
    });
  },
  notFound: NOT_FOUND_IS_AN_ERROR,
  secrets: (q) => [q.pin, q.password].filter((s): s is string => !!s),
});
