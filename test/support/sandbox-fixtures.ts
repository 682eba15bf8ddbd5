/** Facts about the sandbox carrier that end-to-end tests rely on (its seed and its lifecycle timings). */

/** Lifecycle timings of the sandbox (guide: Incomplete ~10 s, 4 TNs/s routing, features a few seconds). */
export const INCOMPLETE_MS = 10_000;
export const ROUTE_MS_PER_TN = 250;
export const FEATURE_MS = 3_000;
export const CANCEL_REVIEW_MS = 30_000;

/** The seed holds 57 Closed orders (ids 1025000–1025056); new ones are numbered from 1026470. */
export const SEEDED_ORDERS = 57;
export const FIRST_NEW_ORDER = 1026470;

/** A complete E911 address, as a client sends it. */
export const E911 = {
  name: 'Acme Widgets',
  origStreetNum: '233',
  origStreetInfo: 'S Wacker Dr',
  origLocation: 'Floor 12',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60606',
};

/** The same address without the optional location line. */
export const E911_WITHOUT_LOCATION = {
  name: 'Acme Widgets',
  origStreetNum: '233',
  origStreetInfo: 'S Wacker Dr',
  origCity: 'Chicago',
  origState: 'IL',
  origPostalCode: '60606',
};
