/** A voice platform script on a number, and its direction. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars.js';

export enum VoiceScriptDirection {
  INBOUND = 'inbound',
  OUTBOUND = 'outbound',
}

registerEnumType(VoiceScriptDirection, {
  name: 'VoiceScriptDirection',
  description: 'Which calls a voice script handles.',
  valuesConfig: {
    INBOUND: { description: 'Calls to the number.' },
    OUTBOUND: { description: 'Calls from the number.' },
  },
});

@ObjectType({ description: 'A voice platform script (XML) that handles the calls of a number in one direction.' })
export class VoiceScript {
  @Field(() => VoiceScriptDirection, { description: 'Which calls the script handles.' }) direction!: VoiceScriptDirection;
  @Field(() => String, { nullable: true, description: 'The script, as stored by the voice platform.' }) script?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether the script runs; null when the carrier does not say.' }) enabled?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Whether the script is the account's default script." })
  customerDefault?: boolean | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When the script was created or last changed.' }) updatedAt?: string | null;
}
