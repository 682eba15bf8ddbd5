/**
 * A line of a port-out order: where the number stands as the losing carrier sees it, read from the same /orderDetail
 * line (no call of its own). The port date is the order's due date, not the line's: `Order.portOuts` has it.
 */
import { Field, ObjectType } from 'type-graphql';
import { OrderLine } from '../orders/order-line.type.js';
import { portOutNumberStatusFromLabel, portOutRejectReasonFromLabel } from './port-out-labels.js';
import { PortOutNumberStatus, PortOutRejectReason } from './port-outs.enums.js';

@ObjectType({
  description:
    'A number on a port-out order (product Port Out): another carrier is taking it. Answer it with `rejectPortOut` or ' +
    '`approvePortOut`; `Order.portOuts` has the port date.',
  implements: OrderLine,
})
export class PortOutOrderLine extends OrderLine {
  @Field(() => PortOutNumberStatus, {
    nullable: true,
    description: 'Where the number stands on the port-out; null for a status the carrier added since (see `statusLabel`).',
  })
  get portOutStatus(): PortOutNumberStatus | null {
    return portOutNumberStatusFromLabel(this.model.status);
  }

  @Field(() => PortOutRejectReason, {
    nullable: true,
    description: 'Why the account refused the number (`rejectPortOut`); null unless rejected.',
  })
  get rejectReason(): PortOutRejectReason | null {
    return portOutRejectReasonFromLabel(this.model.status);
  }
}
