/** A line of a port-in order: the number's own port status, its port date and the account data sent for it. */
import { Field, ObjectType } from 'type-graphql';
import { jeopardyReasonFromLabel, portStatusFromLabel } from '../../upstream/port-in/port-status.js';
import { LocalDateScalar, TnScalar } from '../common/scalars.js';
import { OrderLine } from '../orders/order-line.type.js';
import { JeopardyReason, PortStatus } from './port-in.enums.js';

@ObjectType({
  description:
    'A number on a port-in order (products Port-In and Port-In messaging-only). Numbers of one port-in move on their own: ' +
    'follow `portStatus` per number, not the order status.',
  implements: OrderLine,
})
export class PortInOrderLine extends OrderLine {
  @Field(() => PortStatus, {
    nullable: true,
    description: "The number's port status; null for a status the carrier added since (see `statusLabel`).",
  })
  get portStatus(): PortStatus | null {
    return (portStatusFromLabel(this.model.status, this.model.portDate !== undefined) as PortStatus | undefined) ?? null;
  }

  @Field(() => JeopardyReason, { nullable: true, description: 'Why the losing carrier rejected the request, while in jeopardy.' })
  get jeopardyReason(): JeopardyReason | null {
    return (jeopardyReasonFromLabel(this.model.status) as JeopardyReason | undefined) ?? null;
  }

  @Field(() => String, {
    nullable: true,
    description: "The rejection reason as the carrier words it (the line's status text), while in jeopardy; null otherwise.",
  })
  get jeopardyReasonLabel(): string | null {
    return jeopardyReasonFromLabel(this.model.status) ? (this.model.status ?? null) : null;
  }

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The confirmed port date (carrier portDt, the FOC date); null before the FOC.',
  })
  get focDate(): string | null {
    return this.model.portDate ?? null;
  }

  @Field(() => String, { nullable: true, description: 'The port time and zone (carrier portTime), e.g. "09:00 US/Central".' })
  get portTime(): string | null {
    return this.model.portTime ?? null;
  }

  @Field(() => String, {
    nullable: true,
    description: 'The activation group the number ports with (carrier tnGroup); activatePortIn takes it.',
  })
  get activationGroup(): string | null {
    return this.model.tnGroup ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Account number at the losing carrier (carrier accountNum).' })
  get accountNumber(): string | null {
    return this.model.accountNum ?? null;
  }

  @Field(() => TnScalar, { nullable: true, description: 'Account (billing) telephone number at the losing carrier (carrier atn).' })
  get accountTelephoneNumber(): string | null {
    return this.model.atn ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Who authorized the port (carrier authName).' })
  get authName(): string | null {
    return this.model.authName ?? null;
  }

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the port was authorized (carrier authDate), YYYY-MM-DD.' })
  get authorizedOn(): string | null {
    return this.model.authDate ?? null;
  }
}
