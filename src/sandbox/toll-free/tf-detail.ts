/**
 * /tfDetail (L7892): each tfSearchItem is an OR'ed criteria set (filters inside one are AND'ed);
 * results are merged by tn, sorted and paged with pageSort/searchId. `tn` is a JSON number and
 * `e911` sits beside `tnFeature`, as the example shows. No match → 430 "No Results Found".
 */
import { defineOperation } from '../operation.js';
import { compareBy, paginate, readSort } from '../paging.js';
import { PAGE_SORT } from '../request-fields.js';
import { ANY } from '../request-shape.js';
import { fail, invalid, isoDate, isReply, ok, readItems, readStr, readYN, required, type Json } from '../wire.js';
import { CIC_COMPANIES, TF_STATUS_NAMES, type TollFreeRecord } from './records.js';
import { tollFreeOf } from './state.js';
import { compileTfMask } from './vanity.js';

const SEARCH_ITEM = {
  typeTfStatusReference: ANY,
  routingLabel: ANY,
  tnMask: ANY,
  activateStartDateRange: ANY,
  activateEndDateRange: ANY,
  activateUser: ANY,
  tnNote: ANY,
  cnamDip: ANY,
  callingNameContains: ANY,
  callingName: ANY,
  e911Contains: ANY,
  e911: ANY,
  messageClass: ANY,
  messageType: ANY,
  messaging: ANY,
} as const;
// The sort properties rateCenter/lata/state are accepted as the table lists them; toll-free numbers have none, so they sort by tn.
const SORT = ['tn', 'rateCenter', 'lata', 'state'] as const;

type Predicate = (r: TollFreeRecord) => boolean;

const contains = (haystack: string | undefined, needle: string) => (haystack ?? '').toLowerCase().includes(needle.toLowerCase());
const hasFlag = (flag: 'Y' | 'N' | undefined, present: boolean) => flag === undefined || (flag === 'Y') === present;

function compile(item: Json): Predicate | string | 'mask-missing' {
  const mask = readStr(item['tnMask']);
  if (mask === undefined) return 'mask-missing';
  const matches = compileTfMask(mask);
  if (typeof matches === 'string') return matches;
  const status = readStr(item['typeTfStatusReference']);
  if (status !== undefined && !(status in TF_STATUS_NAMES)) return 'typeTfStatusReference must be INSVC, PNDNG or PDISC';
  const from = readStr(item['activateStartDateRange']);
  const to = readStr(item['activateEndDateRange']);
  const fromMs = from === undefined ? undefined : Date.parse(from);
  const toMs = to === undefined ? undefined : Date.parse(to);
  if (Number.isNaN(fromMs) || Number.isNaN(toMs)) return 'activate date ranges use the format 2017-03-29T14:00:46.000Z';
  const label = readStr(item['routingLabel']);
  const user = readStr(item['activateUser']);
  const note = readStr(item['tnNote']);
  const cnamDip = readYN(item['cnamDip']);
  const nameContains = readStr(item['callingNameContains']);
  const hasName = readYN(item['callingName']);
  const e911Contains = readStr(item['e911Contains']);
  const hasE911 = readYN(item['e911']);
  const messageClass = readStr(item['messageClass']);
  const messageType = readStr(item['messageType']);
  const hasMessaging = readYN(item['messaging']);
  return (r) =>
    matches(r.tn) &&
    (status === undefined || r.status === status) &&
    (label === undefined || r.routingLabel === label) &&
    (fromMs === undefined || r.activateDate >= fromMs) &&
    (toMs === undefined || r.activateDate <= toMs) &&
    (user === undefined || contains(r.activateUser, user)) &&
    (note === undefined || contains(r.note, note)) &&
    (cnamDip === undefined || (r.features.callerId?.cnamDip ?? 'N') === cnamDip) &&
    (nameContains === undefined || contains(r.features.callerId?.callingName, nameContains)) &&
    hasFlag(hasName, !!r.features.callerId?.callingName) &&
    (e911Contains === undefined || Object.values(r.features.e911 ?? {}).some((v) => contains(v, e911Contains))) &&
    hasFlag(hasE911, !!r.features.e911) &&
    (messageClass === undefined || r.features.messaging?.messageClass === messageClass) &&
    (messageType === undefined || r.features.messaging?.messageType === messageType) &&
    hasFlag(hasMessaging, !!r.features.messaging);
}

function detailItem(r: TollFreeRecord): Json {
  const tnFeature: Json = {};
  if (r.features.callerId) tnFeature['callerId'] = { ...r.features.callerId };
  if (r.features.messaging) tnFeature['messaging'] = { ...r.features.messaging };
  const out: Json = {
    tn: Number(r.tn),
    routingLabel: r.routingLabel,
    tnStatusName: TF_STATUS_NAMES[r.status],
    tnStatusRef: r.status,
    respOrgName: r.respOrgName,
    respOrgPrefix: r.respOrgId,
    activateDisplayName: r.activateUser,
    activateDate: isoDate(r.activateDate),
    cic: r.cics.join(','),
    cicCompanyName: r.cics.map((c) => CIC_COMPANIES[c] ?? c).join(', '),
    tnFeature,
  };
  if (r.note !== undefined) out['tnNote'] = r.note;
  if (r.features.e911) {
    out['e911'] = {
      ...r.features.e911,
      e911ActivateDate: isoDate(r.features.e911ActivateDate ?? r.activateDate),
      e911ActivateUser: r.activateUser,
      e911TnStatus: TF_STATUS_NAMES[r.status],
    };
  }
  return out;
}

export const tfDetail = defineOperation({ tfSearchList: { tfSearchItem: SEARCH_ITEM }, pageSort: PAGE_SORT }, ({ state, now }, body) => {
  const tf = tollFreeOf(state, now);
  const page = paginate(state, 'tfDetail', body, () => {
    const items = readItems(body, 'tfSearchList', 'tfSearchItem');
    if (!items || items.length === 0) return required('tfSearchList.tfSearchItem');
    const predicates: Predicate[] = [];
    for (const item of items) {
      const p = compile(item);
      if (p === 'mask-missing') return required('tnMask');
      if (typeof p === 'string') return invalid(p);
      predicates.push(p);
    }
    const sort = readSort(body, SORT);
    if (isReply(sort)) return sort;
    return [...tf.numbers.values()]
      .filter((r) => predicates.some((p) => p(r)))
      .sort(
        compareBy(
          (r) => r.tn,
          sort.direction,
          (r) => r.tn,
        ),
      )
      .map((r) => r.tn);
  });
  if (isReply(page)) return page;
  if (page.fields.totalItems === '0') return fail('430', 'No Results Found');
  const tfItem = page.keys.flatMap((tn) => {
    const r = tf.numbers.get(tn);
    return r ? [detailItem(r)] : [];
  });
  return ok({ tfList: { tfItem }, ...page.fields });
});
