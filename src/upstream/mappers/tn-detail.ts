/** /tnDetail → Page<TelephoneNumberRecord>. */
import type { Page, TelephoneNumberRecord } from '../model.js';
import { listIn, obj, requireTn, tnStatusFromWire, toInstant, WireFormatError, ynToBool, type WireObject } from '../wire.js';
import { assignStrings, endUserFromWire, featuresFromWire, pageFromWire } from './common.js';
import { rateCenterFromWire } from './inventory.js';

function telephoneNumberRecordFromWire(value: unknown, index: number): TelephoneNumberRecord {
  const item = obj(value);
  const where = `tnList.tnItem[${index}]`;
  const status = tnStatusFromWire(item['tnStatus']);
  if (!status) throw new WireFormatError(`${where}.tnStatus: unknown TN status`);
  const record: TelephoneNumberRecord = {
    tn: requireTn(item['tn'], `${where}.tn`),
    status,
    ...rateCenterFromWire(item),
    features: featuresFromWire(item['tnFeature']),
  };
  assignStrings(record, [
    ['trunkGroup', item['trunkGroup']],
    ['countryCode', item['countryCode']],
    ['source', item['tnSource']],
    ['activatedAt', toInstant(item['activateDate'])],
    ['activatedBy', item['activateUser']],
    ['portOutPin', item['portOutPin']],
    ['note', item['tnNote']],
  ]);
  const endUser = endUserFromWire(item['endUser']);
  if (endUser) record.endUser = endUser;
  const wireless = ynToBool(item['wireless']);
  if (wireless !== undefined) record.wireless = wireless;
  return record;
}

export function mapTnDetail(body: WireObject, requestedPage?: number): Page<TelephoneNumberRecord> {
  const items = listIn(body['tnList'], 'tnItem').map((item, i) => telephoneNumberRecordFromWire(item, i));
  return pageFromWire(body, items, requestedPage);
}
