/** validateE911Address, provisionE911 and removeE911. */
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { describe } from '../common/description.js';
import { TnScalar } from '../common/scalars.js';
import { Issues } from '../common/validation.js';
import { E911AddressInput } from '../numbers/numbers.input.js';
import { toAddressValues, toE911Address, toNumberE911, toResult, toValidatedAddress } from './e911.mapper.js';
import { ProvisionE911Input, ProvisionE911Payload, RemoveE911Input, RemoveE911Payload } from './e911.inputs.js';
import { refusal } from './e911.refusals.js';
import { ValidatedAddress } from './e911.types.js';
import { checkAddress } from './e911.validation.js';

@Resolver()
export class E911Resolver {
  @Query(() => ValidatedAddress, {
    nullable: true,
    description: describe(
      'Check an E911 address before provisioning it: VALID as sent, CORRECTED (with the corrected address), or INVALID ' +
        '(with candidate addresses when the carrier finds several). With `tn` the name is checked too. Nothing is provisioned.',
      '/addressValidate',
      '/tnE911Validate',
    ),
  })
  async validateE911Address(
    @Arg('address', () => E911AddressInput, {
      description: 'The address; streetNumber, street, city, state and postalCode are required, and name with `tn`.',
    })
    address: E911AddressInput,
    @Arg('tn', () => TnScalar, {
      nullable: true,
      description: 'The number the address is for (a telephone or toll-free number); optional.',
    })
    tn: string | null | undefined,
    @Ctx() ctx: GatewayContext,
  ): Promise<ValidatedAddress> {
    const issues = new Issues();
    checkAddress(issues, ['address'], address, Boolean(tn));
    issues.throwIfAny();
    const values = toAddressValues(address);
    const validation = tn ? await ctx.api.e911.tnE911Validate({ tn, address: values }) : await ctx.api.e911.addressValidate(values);
    return toValidatedAddress(validation);
  }

  @Mutation(() => ProvisionE911Payload, {
    nullable: true,
    description: describe(
      'Provision or replace the E911 address of one number, at once. The carrier validates it first: a CORRECTED address is provisioned ' +
        'as corrected; an INVALID one is refused (a userError on the address: validate it with validateE911Address and pick a candidate).',
      '/tnE911',
    ),
  })
  async provisionE911(
    @Arg('input', () => ProvisionE911Input, { description: 'The number and its address.' }) input: ProvisionE911Input,
    @Ctx() ctx: GatewayContext,
  ): Promise<ProvisionE911Payload> {
    const payload = new ProvisionE911Payload();
    const issues = new Issues();
    checkAddress(issues, ['input', 'address'], input.address, true);
    if (!issues.ok) {
      payload.userErrors = issues.toUserErrors();
      return payload;
    }
    try {
      const done = await ctx.api.e911.tnE911({ tn: input.tn, address: toAddressValues(input.address) });
      payload.e911 = toNumberE911(input.tn, done.address ? toE911Address(done.address) : null);
      payload.result = toResult(done.result);
      payload.resultLabel = done.message ?? null;
    } catch (error) {
      payload.userErrors.push(refusal(error));
    }
    await ctx.invalidate('TelephoneNumber', [input.tn]);
    return payload;
  }

  @Mutation(() => RemoveE911Payload, {
    nullable: true,
    description: describe('Remove the E911 address of one number, at once.', '/tnE911'),
  })
  async removeE911(
    @Arg('input', () => RemoveE911Input, { description: 'The number.' }) input: RemoveE911Input,
    @Ctx() ctx: GatewayContext,
  ): Promise<RemoveE911Payload> {
    const payload = new RemoveE911Payload();
    try {
      await ctx.api.e911.tnE911({ tn: input.tn, remove: true });
      payload.e911 = toNumberE911(input.tn, null);
    } catch (error) {
      payload.userErrors.push(refusal(error));
    }
    await ctx.invalidate('TelephoneNumber', [input.tn]);
    return payload;
  }
}
