/** Order.excludedFeatures and Order.excludedE911Addresses: one read per order and relation, batched and capped. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { ExcludedE911Address, ExcludedFeature, ExcludedFeatureKind } from './order-exclusions.type.js';
import { Order } from './order.type.js';

/** The feature a reason names ("Directory Listing is not supported"); the address reasons are E911's. */
export function featureOfReason(reason: string | undefined): ExcludedFeatureKind {
  const r = (reason ?? '').toLowerCase();
  if (r.includes('directory listing')) return ExcludedFeatureKind.DIRECTORY_LISTING;
  if (r.includes('e911') || r.includes('address')) return ExcludedFeatureKind.E911;
  if (r.includes('port-out pin') || r.includes('port out pin')) return ExcludedFeatureKind.PORT_OUT_PIN;
  if (r.includes('cnam') || r.includes('caller id') || r.includes('calling name')) return ExcludedFeatureKind.CALLER_ID;
  if (r.includes('messag') || r.includes('sms') || r.includes('mms')) return ExcludedFeatureKind.MESSAGING;
  return ExcludedFeatureKind.OTHER;
}

@Resolver(() => Order)
export class OrderExclusionsResolver {
  @FieldResolver(() => [ExcludedFeature], {
    description: 'Features the order could not provision, per number, with the reason; empty when none.\n\nCarrier: /excludedFeatureList.',
  })
  async excludedFeatures(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<ExcludedFeature[]> {
    return (await ctx.loaders.orders.excludedFeaturesByOrder.load(order.id)).map((e) => {
      const out = new ExcludedFeature();
      out.tn = e.tn;
      out.feature = featureOfReason(e.reason);
      out.reason = e.reason ?? null;
      return out;
    });
  }

  @FieldResolver(() => [ExcludedE911Address], {
    description:
      'Numbers whose E911 address the carrier could not accept, with the address and reasons; empty when none.\n\nCarrier: /excludedE911Detail.',
  })
  async excludedE911Addresses(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<ExcludedE911Address[]> {
    return (await ctx.loaders.orders.excludedE911ByOrder.load(order.id)).map((e) => {
      const out = new ExcludedE911Address();
      out.tn = e.tn;
      out.name = e.name ?? null;
      out.streetNumber = e.streetNumber ?? null;
      out.street = e.street ?? null;
      out.location = e.location ?? null;
      out.city = e.city ?? null;
      out.state = e.state ?? null;
      out.postalCode = e.postalCode ?? null;
      out.postalCodePlusFour = e.postalCodePlusFour ?? null;
      out.reasons = e.reasons;
      out.excludedOn = e.insertedOn ?? null;
      out.excludedBy = e.insertedBy ?? null;
      return out;
    });
  }
}
