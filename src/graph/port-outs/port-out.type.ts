/** A number's port-out, as /tnPortOutHistory lists it: one entry per order and number. */
import { Field, ID, ObjectType } from 'type-graphql';
import type { PortOutHistoryEntry } from '../../upstream/port-outs/tn-port-out-history.js';
import { DateTimeScalar, TnScalar } from '../common/scalars.js';
import { OrderStatus } from '../orders/orders.enums.js';

@ObjectType({
  description:
    "A number's port-out to another carrier, settled (closed or canceled) within the past three months.\n\nCarrier: /tnPortOutHistory.",
})
export class PortOut {
  @Field(() => ID, { description: 'The port-out order id; `order(id:)` reads the order.' }) orderId!: string;
  @Field(() => TnScalar, { description: 'The number.' }) tn!: string;
  @Field(() => OrderStatus, {
    nullable: true,
    description: 'CLOSED (the number left) or CANCELED; null for a status the carrier did not document.',
  })
  status?: OrderStatus | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the port-out order was created.' }) createdAt?: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The port date (for a canceled order, the date it would have ported).' })
  portDate?: string | null;
}

export function toPortOut(e: PortOutHistoryEntry): PortOut {
  const out = new PortOut();
  out.orderId = e.orderId;
  out.tn = e.tn;
  out.status = (e.status as OrderStatus | undefined) ?? null;
  out.createdAt = e.createdAt ?? null;
  out.portDate = e.portedAt ?? null;
  return out;
}
