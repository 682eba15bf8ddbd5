/** /portOutPinUpdate: set the port-out PIN of assigned numbers (write); answers the numbers refused. */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { scrub } from '../core/failures.js';
import { nothingRefused, numberUpdateSchema, refusedFromWire } from '../shared/number-update.js';
import { inputTn, type Tn } from '../shared/tn.js';
import { tnAsNumber } from '../wire/values.js';

export interface PortOutPinUpdateRequest {
  items: { tn: Tn; portOutPin: string }[];
}

// A refusal's text could quote the PIN it refused; a PIN never leaves the gateway in an answer.
const pins = ({ items }: PortOutPinUpdateRequest): string[] => items.map((i) => i.portOutPin);

export const portOutPinUpdate = defineOperation({
  name: 'portOutPinUpdate',
  kind: 'write',
  withoutCall: ({ items }: PortOutPinUpdateRequest) => nothingRefused(items),
  // The wrapper and the item field are both named `portOutPin`.
  request: ({ items }: PortOutPinUpdateRequest) => ({
    portOutPin: { tnList: { tnItem: items.map((i) => ({ tn: tnAsNumber(inputTn('portOutPinUpdate', i.tn)), portOutPin: i.portOutPin })) } },
  }),
  response: numberUpdateSchema,
  map: (wire, request) =>
    refusedFromWire(wire, request.items).map((e) => (e.reason ? { ...e, reason: scrub(e.reason, pins(request)) } : e)),
  secrets: pins,
  notFound: NOT_FOUND_IS_AN_ERROR,
});
