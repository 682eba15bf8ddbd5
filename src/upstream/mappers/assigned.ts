/** /tnAssignedList → AssignedNumber[]. */
import type { AssignedNumber } from '../model.js';
import { listIn, obj, requireTn, tnStatusFromWire, WireFormatError, type WireObject } from '../wire.js';

function assignedNumberFromWire(value: unknown, index: number): AssignedNumber {
  const item = obj(value);
  const where = `tnBasicItem[${index}]`;
  const status = tnStatusFromWire(item['tnStatus']);
  if (!status) throw new WireFormatError(`${where}.tnStatus: unknown TN status`);
  return { tn: requireTn(item['tn'], `${where}.tn`), status };
}

export function mapTnAssignedList(body: WireObject): AssignedNumber[] {
  return listIn(body['tnBasicList'], 'tnBasicItem').map((item, i) => assignedNumberFromWire(item, i));
}
