import type { DomainOperations } from '../operation.js';
import { portInAvailability } from './port-in-availability.js';
import { portInOrderActivate } from './port-in-order-activate.js';
import { portInOrderAvailableActivation } from './port-in-order-available-activation.js';
import { portInOrderList } from './port-in-order-list.js';
import { portInOrderTnList } from './port-in-order-tn-list.js';
import { portInOrder } from './port-in-order.js';
import { tnCsrLookup } from './tn-csr-lookup.js';

export const portIn: DomainOperations = {
  portInAvailability,
  tnCsrLookup,
  portInOrder,
  portInOrderList,
  portInOrderTnList,
  portInOrderAvailableActivation,
  portInOrderActivate,
};
