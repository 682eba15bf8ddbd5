/** A line of a toll-free order: the number's routing label, RespOrg and carrier identification codes. */
import { Field, ObjectType } from 'type-graphql';
import { OrderLine } from '../orders/order-line.type.js';

@ObjectType({
  description: 'A number on a toll-free order (products toll-free load, toll-free port-in and toll-free inventory).',
  implements: OrderLine,
})
export class TollFreeOrderLine extends OrderLine {
  @Field(() => String, { nullable: true, description: 'Routing label the number is ordered onto (carrier routingLabel).' })
  override get routingLabel(): string | null {
    return this.model.routingLabel ?? null;
  }

  @Field(() => String, { nullable: true, description: 'Name of the RespOrg that controls the number (carrier respOrgName).' })
  get respOrgName(): string | null {
    return this.model.respOrgName ?? null;
  }

  @Field(() => String, { nullable: true, description: 'RespOrg id prefix (carrier respOrgPrefix), e.g. "LQX".' })
  get respOrgPrefix(): string | null {
    return this.model.respOrgPrefix ?? null;
  }

  @Field(() => [String], { description: 'Carrier identification codes the number is loaded on (carrier cicList.cic); empty when none.' })
  get cics(): string[] {
    return this.model.cics ?? [];
  }

  @Field(() => [String], { description: 'The companies of those codes, in the same order (carrier cicCompanyList.cicCompany).' })
  get cicCompanies(): string[] {
    return this.model.cicCompanies ?? [];
  }
}
