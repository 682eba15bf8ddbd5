/** /tfFeatureMessageList (L8232): every toll-free number with messaging, in one call (read; 430 is []). */
import { defineOperation } from '../define.js';
import type { MessageClass, MessageType } from '../shared/features.js';
import type { Tn } from '../shared/tn.js';
import { defined } from '../wire/request.js';
import { record, text, tn, wrappedList } from '../wire/schema.js';
import { featuresFromWire } from './tf-wire.js';

export interface MessagingListing {
  tn: Tn;
  messageClass?: MessageClass;
  messageType?: MessageType;
  netNumberId?: string;
  /** Undescribed by the guide (L8262); passed on as sent. */
  altSpid?: string;
}

const item = record({ tn, messageClass: text, messageType: text, netNumberId: text, altSpid: text });

export const tfFeatureMessageList = defineOperation({
  name: 'tfFeatureMessageList',
  kind: 'read',
  request: (_: void) => ({}),
  response: record({ tfFeatureList: wrappedList('tfFeatureItem', item) }),
  map: (wire): MessagingListing[] =>
    wire.tfFeatureList.map((w) => {
      const { messaging } = featuresFromWire({ callerId: {}, messaging: w }, undefined);
      return defined({ tn: w.tn, ...messaging, altSpid: w.altSpid });
    }),
  notFound: { empty: () => [] },
});
