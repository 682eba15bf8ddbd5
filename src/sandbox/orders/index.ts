import { defineSandboxDomain } from '../domain.js';
import { excludedE911Detail } from './excluded-e911-detail.js';
import { excludedFeatureList } from './excluded-feature-list.js';
import { excludedTnList } from './excluded-tn-list.js';
import { orderAddDocument } from './order-add-document.js';
import { orderAddNote } from './order-add-note.js';
import { orderCancel } from './order-cancel.js';
import { orderDetail } from './order-detail.js';
import { orderDocument } from './order-document.js';
import { orderList } from './order-list.js';
import { orderNote } from './order-note.js';
import { orderUpdate } from './order-update.js';

export const orders = defineSandboxDomain({
  name: 'orders',
  operations: {
    orderList,
    orderDetail,
    orderCancel,
    orderUpdate,
    orderAddNote,
    orderNote,
    excludedTnList,
    excludedFeatureList,
    excludedE911Detail,
    orderAddDocument,
    orderDocument,
  },
});
