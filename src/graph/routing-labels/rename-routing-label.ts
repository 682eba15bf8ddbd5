/** renameRoutingLabel: give a routing label your own name. */
import { Arg, Ctx, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { assertCarrierRefusal } from '../common/errors.js';
import type { GatewayContext } from '../common/context.js';
import { atMost, checkLimits, LimitedField } from '../common/limits.js';
import { MutationPayload, type Lazy } from '../common/payload.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import { Issues } from '../common/validation.js';
import { ROUTING_LABEL } from '../toll-free/toll-free.limits.js';
import { ALL_LABELS, findLabel } from './routing-labels.loaders.js';
import { toRoutingLabel } from './routing-label.resolver.js';
import { RoutingLabel } from './routing-label.type.js';

@InputType({ description: 'A routing label and its new name.' })
export class RenameRoutingLabelInput {
  @LimitedField(ROUTING_LABEL, atMost('The label: its carrier label or your current name for it'), { nullable: false }) name!: string;
  @LimitedField(ROUTING_LABEL, atMost('Your new name for it'), { nullable: false }) newName!: string;
}

@ObjectType({ description: 'Result of renameRoutingLabel.' })
export class RenameRoutingLabelPayload extends MutationPayload {
  @Field(() => [UserError], { description: 'Input problems (nothing was sent), an unknown label (NOT_FOUND) or a refusal (REJECTED).' })
  override userErrors: UserError[] = [];

  loadLabel?: Lazy<RoutingLabel | null>;

  @Field(() => RoutingLabel, {
    nullable: true,
    description: 'The label as the carrier lists it after the change.\n\nCarrier: /routingLabelSearchAssigned.',
  })
  get routingLabel(): Promise<RoutingLabel | null> {
    return this.loadLabel ? this.loadLabel() : Promise.resolve(null);
  }
}

@Resolver()
export class RenameRoutingLabelResolver {
  @Mutation(() => RenameRoutingLabelPayload, {
    nullable: true,
    description: 'Give a routing label your own name; the carrier label numbers route on stays.\n\nCarrier: /routingLabelUpdate.',
  })
  async renameRoutingLabel(
    @Arg('input', () => RenameRoutingLabelInput, { description: 'The label and its new name.' }) input: RenameRoutingLabelInput,
    @Ctx() ctx: GatewayContext,
  ): Promise<RenameRoutingLabelPayload> {
    const payload = new RenameRoutingLabelPayload();
    const issues = new Issues();
    checkLimits(issues, ['input'], input, RenameRoutingLabelInput);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      await ctx.api.routingLabels.routingLabelUpdate({ routingLabel: input.name, newRoutingLabel: input.newName });
    } catch (error) {
      assertCarrierRefusal(error, ['NOT_FOUND', 'REJECTED']);
      const code = error.kind === 'NOT_FOUND' ? UserErrorCode.NOT_FOUND : UserErrorCode.REJECTED;
      const message = error.kind === 'NOT_FOUND' ? `The account has no routing label ${input.name}.` : error.message;
      payload.userErrors = [UserError.of(['input', error.kind === 'NOT_FOUND' ? 'name' : 'newName'], code, message)];
      return payload;
    }
    ctx.loaders.routingLabels.labels.clearAll();
    payload.loadLabel = async () => {
      const found = findLabel(await ctx.loaders.routingLabels.labels.load(ALL_LABELS), input.newName);
      return found ? toRoutingLabel(found) : null;
    };
    return payload;
  }
}
