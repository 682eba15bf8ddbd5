/** A port-in order, the numbers on it, and its activation groups. */
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { globalId, Node } from '../common/node.js';
import { DateTimeScalar, LocalDateScalar, TnScalar } from '../common/scalars.js';
import { OrderStatus } from '../orders/orders.enums.js';
import { JeopardyReason, PortStatus } from './port-in.enums.js';

@ObjectType({ description: 'One number being ported in, with its own status (numbers of one order move independently).', implements: Node })
export class PortingNumber implements Node {
  @Field(() => ID, { description: 'Stable global id of this number on this port-in order (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('PortingNumber', `${this.orderId}:${this.tn}`);
  }
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => ID, { description: 'The port-in order the number is on.' }) orderId!: string;
  @Field(() => String, { nullable: true, description: "The order's customer reference." }) customerOrderReference!: string | null;
  @Field(() => PortStatus, { nullable: true, description: 'Port status; null for a status the carrier added since (see `statusLabel`).' })
  status!: PortStatus | null;
  @Field(() => String, { nullable: true, description: 'The status as the carrier words it, e.g. "Received FOC" or a rejection reason.' })
  statusLabel!: string | null;
  @Field(() => JeopardyReason, { nullable: true, description: 'Why the losing carrier rejected the request, while in jeopardy.' })
  jeopardyReason!: JeopardyReason | null;
  @Field(() => String, { nullable: true, description: 'The rejection reason as the carrier words it.' }) jeopardyReasonLabel!:
    string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The confirmed port date (FOC date); null before the FOC.' })
  focDate!: string | null;
  @Field(() => String, { nullable: true, description: 'The port time and zone, e.g. "09:00 US/Central".' }) portTime!: string | null;
  @Field(() => String, { nullable: true, description: 'The activation group the number ports with (activatePortIn takes it).' })
  activationGroup!: string | null;
  @Field(() => String, { nullable: true, description: 'Account number at the losing carrier.' }) accountNumber!: string | null;
  @Field(() => TnScalar, { nullable: true, description: 'Account (billing) telephone number.' }) accountTelephoneNumber!: string | null;
  @Field(() => String, { nullable: true, description: 'Who authorized the port.' }) authName!: string | null;
  @Field(() => String, { nullable: true, description: 'The trunk group the number routes to once ported.' }) trunkGroupName!: string | null;
}

export const PortingNumberConnection = ConnectionType('PortingNumber', () => PortingNumber, 'porting numbers');
export type PortingNumberConnection = InstanceType<typeof PortingNumberConnection>;

@ObjectType({ description: 'Numbers of a port-in counted by status.' })
export class PortCounts {
  @Field(() => Int, { nullable: true, description: 'Numbers in all.' }) total!: number | null;
  @Field(() => Int, { nullable: true, description: 'Numbers with a confirmed port date (FOC secured).' }) focSecured!: number | null;
  @Field(() => Int, { nullable: true, description: 'Numbers in jeopardy (rejected).' }) rejected!: number | null;
  @Field(() => Int, { nullable: true, description: 'Numbers ported in (activated).' }) activated!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Numbers still waiting for a port date: derived as total − focSecured − rejected − activated (the carrier sends no such ' +
      'count); null when any of the four is unknown.',
  })
  get pending(): number | null {
    const { total, focSecured, rejected, activated } = this;
    if (total === null || focSecured === null || rejected === null || activated === null) return null;
    // Counts the carrier reports inconsistently must not show a negative number.
    return Math.max(0, total - focSecured - rejected - activated);
  }
}

@ObjectType({ description: 'Numbers of a port-in that share a port date, counted by status.' })
export class PortDateCounts {
  @Field(() => LocalDateScalar, { nullable: true, description: 'The port date; null for numbers without a confirmed date yet.' })
  portDate!: string | null;
  @Field(() => PortCounts, { description: 'The counts.' }) counts!: PortCounts;
}

@ObjectType({ description: 'How many numbers of a port-in the losing carrier rejected for one reason.' })
export class PortRejectionCount {
  @Field(() => JeopardyReason, { nullable: true, description: 'The reason; null for one the carrier added since (see `label`).' })
  reason!: JeopardyReason | null;
  @Field(() => String, { description: 'The reason as the carrier words it.' }) label!: string;
  @Field(() => Int, { nullable: true, description: 'Numbers rejected for it.' }) count!: number | null;
}

@ObjectType({ description: 'A group of numbers of an on-demand port-in that ports together, available for activation now.' })
export class ActivationGroup {
  @Field(() => String, { description: 'The group, e.g. "Group ID 93457 - BellSouth/1"; activatePortIn takes it.' }) name!: string;
  @Field(() => LocalDateScalar, { nullable: true, description: 'Its confirmed port date (FOC date).' }) focDate!: string | null;
  @Field(() => [TnScalar], { description: 'Its numbers.' }) tns!: string[];
  @Field(() => Boolean, {
    description: 'True: the group is listed because it can be activated now (FOC date reached, numbers in routing).',
  })
  canActivateNow!: boolean;
}

@ObjectType({ description: 'An order porting numbers in from other carriers, with its numbers counted by status.', implements: Node })
export class PortInOrder implements Node {
  @Field(() => ID, { description: "The carrier's order id (also accepted by `node(id:)` in its global form, PortInOrder:<id>)." })
  id!: string;
  @Field(() => String, { nullable: true, description: "The caller's own order reference." }) customerOrderReference!: string | null;
  @Field(() => OrderStatus, { nullable: true, description: 'Order status. Follow each number instead: numbers port on their own.' })
  status!: OrderStatus | null;
  @Field(() => String, { nullable: true, description: 'The order status as the carrier words it.' }) statusLabel!: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: 'The desired port date.' }) desiredDueDate!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the order was created.' }) createdAt!: string | null;
  @Field(() => String, { nullable: true, description: 'Who created the order.' }) createdUser!: string | null;
  @Field(() => PortCounts, { description: 'Its numbers counted by status.' }) counts!: PortCounts;
  @Field(() => [PortDateCounts], { description: 'Its numbers by port date, counted by status.' }) byPortDate!: PortDateCounts[];
  @Field(() => [PortRejectionCount], { description: 'Its rejected numbers counted by reason.' }) rejections!: PortRejectionCount[];
}

export const PortInOrderConnection = ConnectionType('PortInOrder', () => PortInOrder, 'port-in orders');
export type PortInOrderConnection = InstanceType<typeof PortInOrderConnection>;
