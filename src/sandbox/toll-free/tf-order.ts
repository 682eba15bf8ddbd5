/**
 * /tfOrder (L7777). 8XX loads numbers of the customer's own RespOrg onto our CIC and 8XXPORTIN
 * ports them to RespOrg LQX01 (loa "Y" required): both create an order that the shared lifecycle
 * activates. 8XXAVAIL takes numbers from inventory and activates them at once, with refusals in
 * `status` and no orderId, as its example shows (the sentence "An orderId will be returned for
 * all tFOrder requests" contradicts the example; the example is followed).
 */
import { defineOperation } from '../operation.js';
import { ANY } from '../request-shape.js';
import type { StringMap } from '../types.js';
import { invalid, isObject, isReply, readItems, readStr, required, type Json } from '../wire.js';
import { findLabel } from '../routing-labels/labels.js';
import { CUSTOMER_RESPORG, OUR_RESPORG, type TollFreeRecord, type TollFreeState } from './records.js';
import { applyFeatures, createTollFreeOrder, tollFreeOf } from './state.js';
import { FEATURE_FIELDS, itemTn, readFeatures, submitted, type Exclusion } from './submission.js';
import { isTollFree } from './vanity.js';

const ITEM = {
  tn: ANY,
  resporgId: ANY,
  resporId: ANY,
  routingLabel: ANY,
  cicList: { cic: ANY },
  tnNote: ANY,
  tnFeature: FEATURE_FIELDS,
} as const;
const REQUEST = { productAbbr: ANY, tfOrder: { customerOrderReference: ANY, loa: ANY, tnList: { tnItem: ITEM } } } as const;
const PRODUCTS = ['8XX', '8XXPORTIN', '8XXAVAIL'] as const;
type Product = (typeof PRODUCTS)[number];
const AVAIL_PER_MONTH = 100;

interface Accepted {
  tn: string;
  routingLabel: string;
  respOrgId?: string;
  cics: string[];
  note?: string;
  features?: Record<string, StringMap>;
}

/**
 * The order product of each tfOrder product, from /orderList's productId table (L9733): a load is 122, a port-in
 * 131. 8XXAVAIL answers at once and creates no order.
 */
const PRODUCT_IDS = { '8XX': 122, '8XXPORTIN': 131 } as const;

function reason(tf: TollFreeState, product: Product, a: Accepted, knownLabel: boolean): string | undefined {
  if (!isTollFree(a.tn)) return 'TN is not a toll free number';
  if (tf.numbers.has(a.tn)) return 'TN is already assigned to your account';
  if (!knownLabel) return `Routing label ${a.routingLabel} is not assigned to your account`;
  if (product === '8XXAVAIL' && !tf.inventory.has(a.tn)) return 'TN is marked Not Available in our inventory';
  if (product === '8XX' && a.respOrgId !== CUSTOMER_RESPORG.id) return `RespOrg ${a.respOrgId ?? ''} does not belong to your company`;
  return undefined;
}

export const tfOrder = defineOperation(REQUEST, ({ state, now }, body) => {
  const product = readStr(body.productAbbr);
  if (product === undefined) return required('productAbbr');
  if (!(PRODUCTS as readonly string[]).includes(product)) return invalid('productAbbr must be 8XX, 8XXPORTIN or 8XXAVAIL');
  if (!isObject(body.tfOrder)) return required('tfOrder');
  const order: Json = body.tfOrder;
  const items = readItems(order);
  if (!items || items.length === 0) return required('tfOrder.tnList.tnItem');
  if (product === '8XXPORTIN' && readStr(order['loa']) !== 'Y') return required('loa');

  const accepted: Accepted[] = [];
  for (const item of items) {
    const tn = itemTn(item);
    if (isReply(tn)) return tn;
    const routingLabel = readStr(item['routingLabel']);
    if (routingLabel === undefined) return required('routingLabel');
    const respOrgId = readStr(item['resporgId'] ?? item['resporId']);
    if (product === '8XX' && respOrgId === undefined) return required('resporgId');
    if (respOrgId !== undefined && !/^[A-Za-z0-9]{5}$/.test(respOrgId)) return invalid('resporgId must be five characters');
    const cics = (
      Array.isArray(isObject(item['cicList']) ? item['cicList']['cic'] : undefined) ? ((item['cicList'] as Json)['cic'] as unknown[]) : []
    ).map((c) => readStr(c) ?? '');
    if (cics.some((c) => !/^\d{4}$/.test(c))) return invalid('cic must be four digits');
    const features = readFeatures(item['tnFeature']);
    if (isReply(features)) return features;
    const note = readStr(item['tnNote']);
    accepted.push({
      tn,
      routingLabel,
      cics,
      ...(respOrgId ? { respOrgId } : {}),
      ...(note ? { note } : {}),
      ...(features ? { features } : {}),
    });
  }

  const tf = tollFreeOf(state, now);
  const month = new Date(now).toISOString().slice(0, 7);
  if (tf.availOrdered.month !== month) tf.availOrdered = { month, count: 0 };
  const excluded: Exclusion[] = [];
  const taken: Accepted[] = [];
  accepted.forEach((a, index) => {
    const label = findLabel(state, a.routingLabel);
    let why = reason(tf, product as Product, a, label !== undefined);
    if (!why && taken.some((t) => t.tn === a.tn)) why = 'TN appears more than once in the request';
    if (!why && product === '8XXAVAIL' && tf.availOrdered.count + taken.length >= AVAIL_PER_MONTH)
      why = 'Monthly limit of 100 8XXAVAIL numbers reached';
    if (why) excluded.push({ index, tn: a.tn, reason: why });
    else taken.push({ ...a, routingLabel: label!.routingLabel });
  });

  const ours = product !== '8XX';
  const records = taken.map((a) => {
    const inventory = tf.inventory.get(a.tn);
    const record: TollFreeRecord = {
      tn: a.tn,
      status: product === '8XXAVAIL' ? 'INSVC' : 'PNDNG',
      routingLabel: a.routingLabel,
      respOrgId: ours ? OUR_RESPORG.id : (a.respOrgId ?? CUSTOMER_RESPORG.id),
      respOrgName: ours ? OUR_RESPORG.name : CUSTOMER_RESPORG.name,
      cics: a.cics.length > 0 ? a.cics : (inventory?.cics ?? ['0913']),
      activateDate: now,
      activateUser: 'API User',
      features: {},
      pending: [],
      ...(a.note ? { note: a.note } : {}),
    };
    tf.numbers.set(a.tn, record);
    tf.inventory.delete(a.tn);
    return { record, accepted: a };
  });
  if (product === '8XXAVAIL') {
    tf.availOrdered.count += taken.length;
    for (const { record, accepted: a } of records) if (a.features) applyFeatures(record, a.features, now);
    return submitted(excluded);
  }
  if (taken.length === 0) return submitted(excluded);
  const created = createTollFreeOrder(
    state,
    now,
    'NEW',
    taken.map((a) => ({ tn: a.tn, ...(a.note ? { tnNote: a.note } : {}), ...(a.features ? { tnFeature: a.features } : {}) })),
    readStr(order['customerOrderReference']) ?? '',
    PRODUCT_IDS[product as keyof typeof PRODUCT_IDS],
  );
  for (const { record, accepted: a } of records) {
    record.pending.push({ orderId: created.id, kind: 'NEW', ...(a.features ? { features: a.features } : {}) });
  }
  return submitted(excluded, created.id);
});
