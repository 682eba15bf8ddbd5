/**
 * /orderDetail → OrderDetail (`orderDetailResponse` with `tnList.tnItem[]`
 * and `orderNotes[]`).
 */
import type { OrderDetail, OrderLine, OrderLineFeatureStatus } from '../model.js';
import { asArray, isObject, obj, requireTn, str, ynToBool, WireFormatError, type WireObject } from '../wire.js';
import { assignStrings, endUserFromWire, featuresFromWire } from './common.js';
import { orderNoteFromWire } from './order-note.js';
import { orderSummaryFromWire } from './order-list.js';

function featureStatus(item: WireObject, enabledKey: string, statusKey: string): OrderLineFeatureStatus | undefined {
  const enabled = ynToBool(item[enabledKey]);
  const status = str(item[statusKey]);
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
  const features = featuresFromWire(item['tnFeature']);
  if (Object.keys(features).length > 0) line.features = features;
  const flags: [keyof OrderLine, string, string][] = [
    ['callingName', 'cnamEnabled', 'cnamStatus'],
    ['directoryListing', 'dlEnabled', 'dlStatus'],
    ['e911', 'e911Enabled', 'e911Status'],
    ['messaging', 'msgEnabled', 'msgStatus'],
  ];
  for (const [key, enabledKey, statusKey] of flags) {
    const fs = featureStatus(item, enabledKey, statusKey);
    if (fs) (line as unknown as Record<string, unknown>)[key] = fs;
  }
  return line;
}

export function mapOrderDetail(body: WireObject): OrderDetail {
  const detail = body['orderDetailResponse'];
  if (!isObject(detail)) throw new WireFormatError('orderDetailResponse: missing');
  const summary = orderSummaryFromWire(detail, 'orderDetailResponse');
  const lines = asArray(obj(detail['tnList'])['tnItem']).map((item, i) => orderLineFromWire(item, i));
  const notes = asArray(detail['orderNotes']).map(orderNoteFromWire);
  return { ...summary, lines, notes };
}
