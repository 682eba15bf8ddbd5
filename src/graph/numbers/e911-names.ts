/**
 * The carrier prefixes E911 address fields with `orig`; the graph speaks
 * the names every other address uses (docs/SCHEMA-CONVENTIONS.md, Names).
 * One table maps them both ways: output, input, and the deprecated `orig*`
 * names kept for one release.
 */
export const E911_CARRIER_NAMES = {
  streetNumber: 'origStreetNum',
  street: 'origStreetInfo',
  location: 'origLocation',
  city: 'origCity',
  state: 'origState',
  postalCode: 'origPostalCode',
  postalCodePlusFour: 'origPostalCodePlusFour',
} as const;

export type E911FieldName = keyof typeof E911_CARRIER_NAMES;
export type E911CarrierName = (typeof E911_CARRIER_NAMES)[E911FieldName];
export const E911_FIELD_NAMES = Object.keys(E911_CARRIER_NAMES) as E911FieldName[];
