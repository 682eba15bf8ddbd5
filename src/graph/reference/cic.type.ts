/** TollFreeCic: a carrier identification code toll-free numbers can be loaded with. */
import { Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node } from '../common/node.js';

@ObjectType({
  description: 'A carrier identification code (CIC) supported for loading toll-free numbers, and its RespOrg.',
  implements: Node,
})
export class TollFreeCic implements Node {
  @Field(() => ID, { description: 'Stable global id of this CIC (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('TollFreeCic', this.cic);
  }

  @Field(() => String, { description: 'Four-digit CIC, e.g. "0913" (leading zeros kept).' })
  cic!: string;

  @Field(() => String, { nullable: true, description: 'RespOrg id prefix, e.g. GDG01.' })
  respOrgPrefix?: string | null;

  @Field(() => String, { nullable: true, description: 'Company behind the CIC.' })
  companyName?: string | null;
}

@ObjectType({ description: 'A LATA (local access and transport area).' })
export class Lata {
  @Field(() => String, { description: 'Three-digit LATA code, e.g. "358".' })
  code!: string;
}
