/**
 * /orderDetail → OrderDetail (`orderDetailResponse` with `tnList.tnItem[]`
 * and `orderNotes[]`).
 */
import type { OrderDetail, OrderLine, OrderLineFeatureStatus, OrderRef, OrderStatus } from '../model.js';
import { asArray, isObject, listIn, obj, requireTn, str, toOrderId, ynToBool, WireFormatError, type WireObject } from '../wire.js';
import { assignStrings, endUserFromWire, featuresFromWire } from './common.js';
import { orderNoteFromWire } from './order-note.js';
import { orderSummaryFromWire } from './order-list.js';

/**
 * Per-feature flags and status. The guide puts them on the line (`cnamEnabled`,
 * `cnamStatus`, L9894–L9902); the vendor Swagger also has a `featureStatus`
 * inside the line's `tnFeature.<feature>`, read when the line-level status is absent.
 */
function featureStatus(item: WireObject, enabledKey: string, statusKey: string, feature: unknown): OrderLineFeatureStatus | undefined {
  const status = str(item[statusKey]) ?? str(obj(feature)['featureStatus']);
  const enabled = ynToBool(item[enabledKey]) ?? (status !== undefined && isObject(feature) ? true : undefined);
  if (enabled === undefined && status === undefined) return undefined;
  return status === undefined ? { enabled: enabled ?? false } : { enabled: enabled ?? false, status };
}

function orderLineFromWire(value: unknown, index: number): OrderLine {
  const item = obj(value);
  const line: OrderLine = { tn: requireTn(item['tn'], `orderDetailResponse.tnList.tnItem[${index}].tn`) };
  assignStrings(line, [
    ['trunkGroup', item['trunkGroup']],
    ['status', item['tnStatus']],
    ['lata', item['lata']],
    ['rateCenter', item['rateCenter']],
    ['province', item['province']],
    ['tnGroup', item['tnGroup']],
    ['routingLabel', item['routingLabel']],
  ]);
  const endUser = endUserFromWire(item['endUser']);
  if (endUser) line.endUser = endUser;
  const tnFeature = obj(item['tnFeature']);
  const features = featuresFromWire(tnFeature);
  // The guide's line carries cnamDip beside cnamEnabled, outside tnFeature (L9894).
  const cnamDip = ynToBool(item['cnamDip']);
  if (cnamDip !== undefined && features.callerId?.cnamDip === undefined) features.callerId = { ...features.callerId, cnamDip };
  if (Object.keys(features).length > 0) line.features = features;
  const flags: [keyof OrderLine, string, string, string][] = [
    ['callerId', 'cnamEnabled', 'cnamStatus', 'callerId'],
    ['directoryListing', 'dlEnabled', 'dlStatus', 'directoryListing'],
    ['e911', 'e911Enabled', 'e911Status', 'e911'],
    ['messaging', 'msgEnabled', 'msgStatus', 'messaging'],
  ];
  for (const [key, enabledKey, statusKey, feature] of flags) {
    const fs = featureStatus(item, enabledKey, statusKey, tnFeature[feature]);
    if (fs) (line as unknown as Record<string, unknown>)[key] = fs;
  }
  return line;
}

/**
 * `ref` is what was asked for. "Requesting orderDetail on an order with this
 * status [Incomplete] may result in no information returned" (L13006): an
 * answer without an `orderStatus` (or without `orderDetailResponse`) is that
 * Incomplete order, identified by the id it carries or the one requested.
 */
export function mapOrderDetail(body: WireObject, ref?: OrderRef): OrderDetail {
  const detail = body['orderDetailResponse'] ?? {};
  if (!isObject(detail)) throw new WireFormatError('orderDetailResponse: not an object');
  const lines = listIn(detail['tnList'], 'tnItem').map((item, i) => orderLineFromWire(item, i));
  const notes = asArray(detail['orderNotes']).map(orderNoteFromWire);
  if (str(detail['orderStatus']) === undefined) {
    const orderId = toOrderId(detail['orderId']) ?? (ref && 'orderId' in ref ? toOrderId(ref.orderId) : null);
    if (orderId === null) throw new WireFormatError('orderDetailResponse: no orderId and no orderStatus');
    const status: OrderStatus = 'INCOMPLETE';
    const summary = orderSummaryFromWire({ ...detail, orderId, orderStatus: status }, 'orderDetailResponse');
    return { ...summary, lines, notes };
  }
  const summary = orderSummaryFromWire(detail, 'orderDetailResponse');
  return { ...summary, lines, notes };
}
