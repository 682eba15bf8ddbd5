/**
 * /tnCsrLookup (L7365): the losing carrier's Customer Service Record. Always statusCode "200"; a
 * failed lookup says so in `csrLookupResult` 1 and `csrLookupMsg` (L7540–L7620). The guide's three
 * example numbers answer as their examples do; a number with no known carrier record fails with the
 * first example's message, and any other number answers a record built from its account data.
 */
import { defineOperation } from '../operation.js';
import { END_USER } from '../request-fields.js';
import { ANY } from '../request-shape.js';
import type { SandboxState } from '../store.js';
import { dayDate, invalid, rawTn, readStr, readTn, required, type Json } from '../wire.js';
import { losingCarrierOf, notPortableReason } from './shared/port-state.js';

const REQUEST = {
  tn: ANY,
  accountNum: ANY,
  atn: ANY,
  addressLine1: ANY,
  city: ANY,
  state: ANY,
  zipCode: ANY,
  authName: ANY,
  pin: ANY,
  password: ANY,
  custCode: ANY,
} as const;

/** The end user's address keys (all but its name), blank in a failed lookup. */
const EMPTY_ADDRESS = Object.keys(END_USER).filter((k) => k !== 'name');

function failure(tn: string, message: string): Json {
  const blank = Object.fromEntries(EMPTY_ADDRESS.map((k) => [k, '']));
  return {
    tn,
    accountNum: '',
    atn: '',
    endUser: '',
    endUserAddress: '',
    ...blank,
    serviceProvider: '',
    ocn: '',
    numOfServiceLocations: 0,
    numOfTnLines: 0,
    authName: '',
    remarks: '',
    lsrRequirements: '',
    simplePort: '',
    csrLookupMsg: message,
    csrLookupResult: 1,
  };
}

const DAY_MS = 24 * 60 * 60 * 1000;

function record(state: SandboxState, tn: string, now: number): Json {
  const account = `9${tn.slice(3)}`;
  return {
    tn,
    accountNum: account,
    atn: tn,
    endUser: 'Inteliquent',
    endUserAddress: 'Inteliquent 10300 6th Ave N Minneapolis, MN 55441',
    streetNum: '10300',
    streetPreDir: '',
    streetName: '6th',
    streetType: 'Ave',
    streetPostDir: 'N',
    locationType1: '',
    locationValue1: '',
    locationType2: '',
    locationValue2: '',
    locationType3: '',
    locationValue3: '',
    city: 'Minneapolis',
    state: 'MN',
    postalCode: '55441',
    earliestScheduledDate: dayDate(now + 3 * DAY_MS),
    typeOfService: 'B',
    serviceProvider: losingCarrierOf(state, tn),
    ocn: '453F',
    numOfServiceLocations: 1,
    numOfTnLines: 1,
    authName: 'Jane Doe',
    authDate: dayDate(now),
    remarks: '',
    lsrRequirements: 'PIN required',
    simplePort: 'N',
    // The second example's types (csrLookupMsg a string, csrLookupResult a number); the first swaps them.
    csrLookupMsg: 'Success',
    csrLookupResult: 0,
  };
}

export const tnCsrLookup = defineOperation(REQUEST, ({ state, now }, body) => {
  const given = body.tn !== undefined && body.tn !== '';
  if (!given && readStr(body.accountNum) !== undefined) return required('tn');
  if (!given && readStr(body.atn) === undefined) return required('tn');
  const tn = readTn(given ? body.tn : body.atn);
  if (!tn) return invalid(`tn must be a ten-digit telephone number, got [${rawTn(given ? body.tn : body.atn)}]`);
  let answer: Json;
  if (tn === '1111111111') answer = failure(tn, 'Failure: Carrier did not respond with valid CSR');
  else if (tn === '2222222222') answer = failure(tn, 'Failure: Carrier does not support automated CSR lookups');
  else if (notPortableReason(state, tn) !== undefined) answer = failure(tn, 'Failure: Carrier did not respond with valid CSR');
  else answer = record(state, tn, now);
  return { status: 'Success', statusCode: '200', tnCsrLookupResponse: answer };
});
