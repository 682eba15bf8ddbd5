/** Filters of the rateCenters connection. */
import { Field, InputType } from 'type-graphql';

@InputType({ description: 'Which rate centers to list; every filter given must match.' })
export class RateCenterFilter {
  @Field(() => Boolean, { nullable: true, description: 'Only rate centers where new numbers can (true) or cannot (false) be ordered.' })
  didApproved?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only rate centers where numbers can (true) or cannot (false) be ported in.' })
  lnpApproved?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Two-letter state or province, e.g. "IL".' })
  state?: string | null;

  @Field(() => String, { nullable: true, description: 'Three-digit LATA, e.g. "358".' })
  lata?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'List wireless coverage instead of wireline; the account must be enabled for wireless numbers.',
  })
  wireless?: boolean | null;
}
