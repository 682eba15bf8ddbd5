/**
 * /portInOrder: order numbers ported in from another carrier (write). The carrier answers a shell
 * order id at once and checks the numbers in the background (Order Validation, L12979); the
 * per-number results are read later from /orderDetail and /portInOrderTnList.
 */
import { defineOperation, NOT_FOUND_IS_AN_ERROR } from '../define.js';
import { endUserToWire, type EndUser } from '../shared/end-user.js';
import { featuresToWire, type TnFeatures } from '../shared/features.js';
import { inputTn, invalidInput, type Tn } from '../shared/tn.js';
import { compact, nonEmpty } from '../wire/request.js';
import { orderId, record } from '../wire/schema.js';
import { boolToYn, tnAsNumber } from '../wire/values.js';

export type PortTimeZone = 'US/Eastern' | 'US/Central' | 'US/Mountain' | 'US/Pacific' | 'GMT';

export interface PortInLineRequest {
  tn: Tn;
  trunkGroup?: string;
  portOutPin?: string;
  note?: string;
  accountNum: string;
  atn: Tn;
  accountPin?: string;
  authName: string;
  /** YYYY-MM-DD, today or earlier. */
  authDate: string;
  endUser: EndUser;
  features?: TnFeatures;
}

export interface PortInOrderRequest {
  customerOrderReference?: string;
  /** The losing carrier or reseller: required for Canadian ports. */
  resellerName?: string;
  /** YYYY-MM-DD. */
  desiredDueDate: string;
  /** HH:MM. */
  desiredPortTime?: string;
  desiredPortTimeZone?: PortTimeZone;
  onDemandActivation?: boolean;
  onNetOnly?: boolean;
  lines: PortInLineRequest[];
}

function lineToWire(l: PortInLineRequest): Record<string, unknown> {
  return compact({
    tn: tnAsNumber(inputTn('portInOrder', l.tn)),
    trunkGroup: l.trunkGroup,
    portOutPin: l.portOutPin,
    tnNote: l.note,
    accountNum: l.accountNum,
    atn: inputTn('portInOrder', l.atn),
    accountPin: l.accountPin,
    authName: l.authName,
    authDate: l.authDate,
    endUser: endUserToWire(l.endUser),
    tnFeature: nonEmpty(featuresToWire(l.features)),
  });
}

export const portInOrder = defineOperation({
  name: 'portInOrder',
  kind: 'write',
  request: (r: PortInOrderRequest) => {
    if (r.lines.length === 0) throw invalidInput('portInOrder', 'A port-in order needs at least one number');
    return {
      portInOrder: compact({
        customerOrderReference: r.customerOrderReference,
        resellerName: r.resellerName,
        desiredDueDate: r.desiredDueDate,
        desiredPortTime: r.desiredPortTime,
        desiredPortTimeZone: r.desiredPortTimeZone,
        onDemandActivation: boolToYn(r.onDemandActivation),
        onNetOnly: boolToYn(r.onNetOnly),
        tnList: { tnItem: r.lines.map(lineToWire) },
      }),
    };
  },
  // The example answers the id as a string ("102644").
  response: record({ orderId }),
  map: (wire): { orderId: string | null } => ({ orderId: wire.orderId }),
  notFound: NOT_FOUND_IS_AN_ERROR,
  secrets: (r) => r.lines.flatMap((l) => [l.accountPin, l.portOutPin]).filter((s): s is string => !!s),
});
