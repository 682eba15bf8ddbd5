import { defineSandboxDomain } from '../domain.js';
import { portOutPinUpdate } from './port-out-pin-update.js';
import { tnAssignedList } from './tn-assigned-list.js';
import { tnDetail } from './tn-detail.js';
import { tnDisconnect } from './tn-disconnect.js';
import { tnFeatureOrder } from './tn-feature-order.js';
import { tnInventoryCoverage } from './tn-inventory-coverage.js';
import { tnInventory } from './tn-inventory.js';
import { tnNoteUpdate } from './tn-note-update.js';
import { tnOrder } from './tn-order.js';
import { tnRelease } from './tn-release.js';
import { tnRequest } from './tn-request.js';
import { tnReserve } from './tn-reserve.js';
import { tnReservedList } from './tn-reserved-list.js';
import { tnUpdate } from './tn-update.js';

export const numbers = defineSandboxDomain({
  name: 'numbers',
  operations: {
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
    tnRequest,
  },
});
