/** A number's port-out, as /tnPortOutHistory lists it: one entry per order and number. */
import { Field, ID, ObjectType } from 'type-graphql';
import type { PortOutHistoryEntry } from '../../upstream/port-outs/tn-port-out-history.js';
import { DateTimeScalar, TnScalar } from '../common/scalars.js';
import { OrderStatus } from '../orders/orders.enums.js';
import { PortOutNumberStatus, PortOutRejectReason } from './port-outs.enums.js';

@ObjectType({
  description:
    "A number's port-out to another carrier: pending (on a port-out order awaiting the port date), or settled (closed or " +
    'canceled) within the past three months.\n\nCarrier: /tnPortOutHistory, /orderDetail.',
})
export class PortOut {
  @Field(() => ID, { description: 'The port-out order id; `order(id:)` reads the order.' }) orderId!: string;
  @Field(() => TnScalar, { description: 'The number.' }) tn!: string;
  @Field(() => OrderStatus, {
    nullable: true,
    description:
      "The port-out order's status: PENDING while waiting for the port date, then CLOSED (the number left) or CANCELED; " +
      'null for a status the carrier did not document.',
  })
  status?: OrderStatus | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the port-out order was created.' }) createdAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The port date (for a canceled order, the date it would have ported).' })
  portDate?: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      'While the order is pending, the carrier\'s own text for where the number stands, e.g. "Pending", or a reject reason such ' +
      'as "Invalid zip code"; null for a settled port-out (the history does not say).',
  })
  numberStatusLabel?: string | null;
  @Field(() => PortOutNumberStatus, {
    nullable: true,
    description:
      'Where the number stands: while the order is pending, from `numberStatusLabel` (null for a label the carrier added since); ' +
      'once settled, PORTED for a closed order and CANCELED for a canceled one.',
  })
  numberStatus?: PortOutNumberStatus | null;
  @Field(() => PortOutRejectReason, {
    nullable: true,
    description: 'Why the account refused the number (`rejectPortOut`), while the order is pending; null otherwise.',
  })
  rejectReason?: PortOutRejectReason | null;
}

const SETTLED: Partial<Record<string, PortOutNumberStatus>> = {
  [OrderStatus.CLOSED]: PortOutNumberStatus.PORTED,
  [OrderStatus.CANCELED]: PortOutNumberStatus.CANCELED,
};

export function toPortOut(e: PortOutHistoryEntry): PortOut {
  const out = new PortOut();
  out.orderId = e.orderId;
  out.tn = e.tn;
  out.status = (e.status as OrderStatus | undefined) ?? null;
  out.createdAt = e.createdAt ?? null;
  out.portDate = e.portedAt ?? null;
  out.numberStatusLabel = null;
  // The history lists settled orders only: a closed one's numbers left, a canceled one's stayed.
  out.numberStatus = SETTLED[e.status ?? ''] ?? null;
  out.rejectReason = null;
  return out;
}
