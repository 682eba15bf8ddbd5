/** TrunkGroup: known to the carrier by name only (/trunkGroupSearchAssigned lists names). */
import { Directive, Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A DID trunk group of the account; numbers route to it.' })
@Directive('@key(fields: "name")')
export class TrunkGroup {
  @Field(() => String, { description: 'Trunk group name, e.g. CHCGIL24CL1_897.' })
  name!: string;

  static named(name: string): TrunkGroup {
    const t = new TrunkGroup();
    t.name = name;
    return t;
  }
}
