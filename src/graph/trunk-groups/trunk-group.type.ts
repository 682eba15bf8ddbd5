/** TrunkGroup: known to the carrier by name only (/trunkGroupSearchAssigned lists names). */
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { globalId, Node } from '../common/node.js';

@ObjectType({ description: 'A DID trunk group of the account; numbers route to it.', implements: Node })
@Directive('@key(fields: "name")')
export class TrunkGroup implements Node {
  @Field(() => ID, { description: 'Stable global id of this trunk group (for `node(id:)` and client caches).' })
  get id(): string {
    return globalId('TrunkGroup', this.name);
  }
  @Field(() => String, { description: 'Trunk group name, e.g. CHCGIL24CL1_897.' })
  name!: string;

  static named(name: string): TrunkGroup {
    const t = new TrunkGroup();
    t.name = name;
    return t;
  }
}
