/** Services operation name → handler. Names are the path segment after /Services/<version>/. */
import type { Handler } from './handlers/context.js';
import { tnInventory, tnInventoryCoverage, tnRelease, tnReserve, tnReservedList } from './handlers/inventory.js';
import { portOutPinUpdate, tnAssignedList, tnDetail, tnNoteUpdate } from './handlers/numbers.js';
import { excludedTnList, orderAddNote, orderCancel, orderDetail, orderList, orderNote } from './handlers/orders.js';
import { tnDisconnect, tnFeatureOrder, tnOrder, tnUpdate } from './handlers/tn-orders.js';
import { trunkGroupSearchAssigned } from './handlers/trunk-groups.js';

export const OPERATIONS: Readonly<Record<string, Handler>> = {
  tnInventory,
  tnInventoryCoverage,
  tnReserve,
  tnRelease,
  tnReservedList,
  tnOrder,
  tnAssignedList,
  tnDetail,
  tnUpdate,
  tnFeatureOrder,
  portOutPinUpdate,
  tnNoteUpdate,
  tnDisconnect,
  orderList,
  orderDetail,
  orderCancel,
  orderAddNote,
  orderNote,
  excludedTnList,
  trunkGroupSearchAssigned,
};
