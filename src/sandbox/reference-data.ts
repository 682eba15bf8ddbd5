import type { RateCenter } from './types.js';

/**
 * Static geography of the sandbox. Rate centers, LATAs, NPA-NXXs and postal codes include the
 * ones the guide's examples use, so the examples can be replayed against the sandbox:
 * COLFAX LA 486 / 318-407 (L1065), WSHNGTNZN1 DC 236 (L1527), Chicago IL 312 (L1605, L1861),
 * Naperville IL 60564 (L930–L970), SELMA AL 478 (L13246), SAN PEDRO (L1544), ORADELL / CRAGMERE /
 * RIDGWOOD / BAYONNE NJ 224 (L1399, L1511, L1880), Minneapolis 612-345 (L1687).
 */
export const RATE_CENTERS: readonly RateCenter[] = [
  rc('COLFAX', 'COLFAX', 'COLFAX', 'LA', '486', '0', 31.519, -92.706, ['71417'], ['318407', '318627'], [], 'COLFAX'),
  rc(
    'WSHNGTNZN1',
    'WASHINGTON ZONE 1',
    'WASHINGTON',
    'DC',
    '236',
    '0',
    38.907,
    -77.037,
    ['20001', '20005'],
    ['202335', '202609', '202810'],
    [],
    'DC',
  ),
  rc(
    'CHICAGO',
    'CHICAGO',
    'CHICAGO',
    'IL',
    '358',
    '0',
    41.878,
    -87.63,
    ['60601', '60606', '60661'],
    ['312348', '312380', '312435', '312479', '312687', '773516'],
    ['312687'],
    'CHI',
  ),
  rc(
    'NAPERVILLE',
    'NAPERVILLE',
    'NAPERVILLE',
    'IL',
    '358',
    '0',
    41.75,
    -88.153,
    ['60564', '60540'],
    ['630355', '630420', '630435', '630901'],
    ['630901'],
    'CHI',
  ),
  rc('AURORA', 'AURORA', 'AURORA', 'IL', '358', '0', 41.76, -88.32, ['60505'], ['630299', '630375'], [], 'CHI'),
  rc('SELMA', 'SELMA', 'SELMA', 'AL', '478', '0', 32.407, -87.021, ['36701'], ['334412', '334872', '334875'], ['334875'], 'SELMA'),
  rc(
    'SAN PEDRO',
    'SAN PEDRO',
    'SAN PEDRO',
    'CA',
    '730',
    '0',
    33.736,
    -118.292,
    ['90731'],
    ['310519', '310548', '310832'],
    ['310832'],
    'LA',
  ),
  rc('ORADELL', 'ORADELL', 'ORADELL', 'NJ', '224', '0', 40.958, -74.037, ['07649'], ['201267', '201342'], [], 'NNJ'),
  rc('CRAGMERE', 'CRAGMERE', 'CRAGMERE', 'NJ', '224', '0', 41.036, -74.143, ['07430'], ['201335'], [], 'NNJ'),
  rc('RIDGWOOD', 'RIDGEWOOD', 'RIDGEWOOD', 'NJ', '224', '0', 40.979, -74.117, ['07450'], ['201389', '201554'], [], 'NNJ'),
  rc('BAYONNE', 'BAYONNE', 'BAYONNE', 'NJ', '224', '0', 40.669, -74.114, ['07002'], ['201215', '201332', '201343'], [], 'NNJ'),
  rc('MINNEAPLS', 'MINNEAPOLIS', 'MINNEAPOLIS', 'MN', '628', '0', 44.978, -93.265, ['55401'], ['612345', '612338'], ['612338'], 'MSP'),
  rc('ATLANTA', 'ATLANTA', 'ATLANTA', 'GA', '438', '1', 33.749, -84.388, ['30303'], ['404228', '404330'], [], 'ATL'),
  rc('BOISE', 'BOISE', 'BOISE', 'ID', '652', '2', 43.615, -116.202, ['83702'], ['208342'], [], 'BOI'),
  rc('HONOLULU', 'HONOLULU', 'HONOLULU', 'HI', '834', 'HI', 21.307, -157.858, ['96813'], ['808521'], [], 'HNL'),
  rc('ANCHORAGE', 'ANCHORAGE', 'ANCHORAGE', 'AK', '832', 'AK', 61.218, -149.9, ['99501'], ['907274'], [], 'ANC'),
];

export const TRUNK_GROUPS: readonly string[] = [
  'CHCGIL24CL1_897',
  'CHCGIL24CL1_898',
  'ATLNGAQS08T_266',
  'NWRKNJ02CL1_311',
  'DLLSTX11CL2_452',
  'LSANCA03CL1_120',
];

/** Numbers the guide's examples use, forced into inventory (available) on every seed. */
export const FORCED_INVENTORY: readonly string[] = [
  ...range('3184074100', 10), // tnMask "xxxxxx410x" in LATA 486 (L845, L1065)
  '3184074100',
  '2015540010',
  '2015540011',
  '2015540012',
  '2015540013',
  '2015540300', // /tnReserve examples
  '2012673721',
  '2012673739',
  '2013351239', // /tnReservedList example
  '6123453622',
  '6123453623',
  '6123453624', // /tnOrder example
  '2013359901',
  '2013359950',
  '2013359999', // tnWildcard "201335YZ*" (Y,Z → 9)
  '3124355601',
  '3124355678',
  '6304355602',
  '6304355690', // contain 43556 = "HELLO"
];

/** Numbers the guide's examples use, forced onto the account (In Service) on every seed. */
export const FORCED_ASSIGNED: ReadonlyArray<{ tn: string; trunkGroup: string }> = [
  ...['3123489651', '3123489652', '3123489653', '3123489654', '3123489655'].map((tn) => ({ tn, trunkGroup: 'CHCGIL24CL1_897' })),
  { tn: '3124795862', trunkGroup: 'CHCGIL24CL1_897' },
  { tn: '3124795863', trunkGroup: 'CHCGIL24CL1_897' },
  { tn: '3123804519', trunkGroup: 'CHCGIL24CL1_898' },
  { tn: '7735162004', trunkGroup: 'CHCGIL24CL1_897' },
  { tn: '2012151499', trunkGroup: 'ATLNGAQS08T_266' },
  { tn: '2013322229', trunkGroup: 'NWRKNJ02CL1_311' },
  { tn: '2013425551', trunkGroup: 'NWRKNJ02CL1_311' },
  { tn: '2013435559', trunkGroup: 'NWRKNJ02CL1_311' },
  { tn: '3344123221', trunkGroup: 'ATLNGAQS08T_266' },
];

function range(start: string, count: number): string[] {
  const base = Number(start);
  return Array.from({ length: count }, (_, i) => String(base + i));
}

function rc(
  abbr: string,
  name: string,
  city: string,
  province: string,
  lata: string,
  tier: RateCenter['tier'],
  lat: number,
  lon: number,
  postalCodes: string[],
  npaNxx: string[],
  wirelessNpaNxx: string[],
  localGroup: string,
): RateCenter {
  return { abbr, name, city, province, lata, tier, lat, lon, postalCodes, npaNxx, wirelessNpaNxx, localGroup };
}

/** Great-circle distance in miles (radius searches, guide L818 "Maximum acceptable value: 50 (miles)"). */
export function milesBetween(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const toRad = (d: number) => (d * Math.PI) / 180;
  const dLat = toRad(b.lat - a.lat);
  const dLon = toRad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(toRad(a.lat)) * Math.cos(toRad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * 3958.8 * Math.asin(Math.sqrt(h));
}
