/** TelephoneNumber.voiceScript and updateVoiceScript. */
import { Arg, Ctx, Field, FieldResolver, InputType, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { VoiceScriptChange } from '../../upstream/voice-scripts/voice-script.js';
import type { VoiceScriptRecord } from '../../upstream/voice-scripts/voice-scripts.js';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { atMost, LimitedField } from '../common/limits.js';
import { MutationPayload } from '../common/payload.js';
import { TnScalar } from '../common/scalars.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { MAX_VOICE_SCRIPT_REMOVALS, VOICE_SCRIPT } from './voice-script.limits.js';
import { VoiceScript, VoiceScriptDirection } from './voice-script.type.js';

export const ALL_NUMBERS = 'all';

export function toVoiceScript(record: VoiceScriptRecord): VoiceScript {
  return Object.assign(new VoiceScript(), {
    direction: record.direction === 'outbound' ? VoiceScriptDirection.OUTBOUND : VoiceScriptDirection.INBOUND,
    script: record.script ?? null,
    enabled: record.enabled ?? null,
    customerDefault: record.customerDefault ?? null,
    updatedAt: record.updatedAt?.instant ?? null,
  });
}

@InputType({
  description:
    'The voice script of one number and direction: a script and/or enabled / customerDefault to set it, or remove: true ' +
    '(which may name several numbers).',
})
export class UpdateVoiceScriptInput {
  @Field(() => [TnScalar], {
    description: `Numbers of the account: exactly one to set a script, up to ${MAX_VOICE_SCRIPT_REMOVALS} to remove theirs.`,
  })
  numbers!: string[];
  @Field(() => VoiceScriptDirection, { nullable: true, description: 'Which calls; default INBOUND.' })
  direction?: VoiceScriptDirection | null;
  @LimitedField(VOICE_SCRIPT, atMost('The script (voice platform XML); required when the number has none yet'))
  script?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Run the script (true, the default for a new script) or keep it but not run it.' })
  enabled?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "Make the script the account's default (default false)." })
  customerDefault?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "true: remove the numbers' scripts of this direction." })
  remove?: boolean | null;
}

@ObjectType({ description: 'Result of updateVoiceScript.' })
export class UpdateVoiceScriptPayload extends MutationPayload {
  @Field(() => [UserError], {
    description:
      'Input problems (nothing was sent), or the carrier refusing: a number not on the account (INVALID), no script to change or ' +
      'remove (NOT_FOUND), anything else (REJECTED, with its message).',
  })
  override userErrors: UserError[] = [];
  @Field(() => VoiceScript, {
    nullable: true,
    description: 'The script as the voice platform stored it; null after a removal or a refusal.',
  })
  voiceScript: VoiceScript | null = null;
}

function toChange(input: UpdateVoiceScriptInput, issues: Issues): VoiceScriptChange | undefined {
  const direction = input.direction ?? VoiceScriptDirection.INBOUND;
  if (!issues.nonEmpty(['input', 'numbers'], input.numbers, 'number')) return undefined;
  issues.noDuplicates(
    input.numbers,
    (tn) => tn,
    (i) => ['input', 'numbers', i],
    'Number',
  );
  if (input.remove === true) {
    if (input.script != null || input.enabled != null || input.customerDefault != null) {
      issues.add(['input', 'remove'], UserErrorCode.CONFLICT, 'Give remove: true alone, or a script / enabled / customerDefault.');
    }
    if (input.numbers.length > MAX_VOICE_SCRIPT_REMOVALS) {
      issues.add(['input', 'numbers'], UserErrorCode.TOO_LONG, `At most ${MAX_VOICE_SCRIPT_REMOVALS} numbers per removal.`);
    }
    return { action: 'remove', tns: input.numbers, direction };
  }
  if (input.numbers.length > 1) issues.add(['input', 'numbers'], UserErrorCode.TOO_LONG, 'Exactly one number when setting a script.');
  issues.maxLength(['input', 'script'], input.script, VOICE_SCRIPT.maxLength, { nonBlank: VOICE_SCRIPT.nonBlank });
  if (input.script == null && input.enabled == null && input.customerDefault == null) {
    issues.add(['input', 'script'], UserErrorCode.REQUIRED, 'Give a script, enabled or customerDefault (or remove: true).');
  }
  return {
    action: 'set',
    tn: input.numbers[0]!,
    direction,
    script: input.script ?? undefined,
    enabled: input.enabled ?? undefined,
    customerDefault: input.customerDefault ?? undefined,
  };
}

function refusal(error: unknown): UserError {
  assertCarrierRefusal(error);
  const message = `The carrier refused the change: ${error.message}`;
  if (error.statusCode === '409') return UserError.of(['input', 'numbers'], UserErrorCode.INVALID, message);
  if (error.statusCode === '417') return UserError.of(['input', 'numbers'], UserErrorCode.NOT_FOUND, message);
  if (error.statusCode === '414' || error.statusCode === '422') return UserError.of(['input', 'script'], UserErrorCode.INVALID, message);
  return UserError.of(['input'], UserErrorCode.REJECTED, message);
}

@Resolver()
export class VoiceScriptMutationResolver {
  @Mutation(() => UpdateVoiceScriptPayload, {
    nullable: true,
    description: describe('Set, enable, disable or remove the voice platform script of numbers; it applies at once.', '/voiceScript'),
  })
  async updateVoiceScript(
    @Arg('input', () => UpdateVoiceScriptInput, { description: 'The numbers, the direction and the change.' })
    input: UpdateVoiceScriptInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<UpdateVoiceScriptPayload> {
    const payload = new UpdateVoiceScriptPayload();
    const issues = new Issues();
    const change = toChange(input, issues);
    if (!issues.ok || !change) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      const [stored] = await ctx.api.voiceScripts.voiceScript(change);
      payload.voiceScript = stored ? toVoiceScript(stored) : null;
    } catch (error) {
      payload.userErrors.push(refusal(error));
      return payload;
    }
    ctx.loaders.voiceScripts.allNumbers.clearAll();
    return payload;
  }
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberVoiceScriptResolver {
  @FieldResolver(() => VoiceScript, {
    nullable: true,
    description: describe(
      "The number's voice platform script for one direction; null when it has none (every number's scripts are read once per request).",
      '/voiceScriptDetail',
    ),
  })
  async voiceScript(
    @Root() number: TelephoneNumber,
    @Arg('direction', () => VoiceScriptDirection, {
      defaultValue: VoiceScriptDirection.INBOUND,
      description: 'Which calls; default INBOUND.',
    })
    direction: VoiceScriptDirection,
    @Ctx() ctx: GatewayContext,
  ): Promise<VoiceScript | null> {
    const found = (await ctx.loaders.voiceScripts.allNumbers.load(ALL_NUMBERS)).get(`${number.tn}:${direction}`);
    return found ? toVoiceScript(found) : null;
  }
}
