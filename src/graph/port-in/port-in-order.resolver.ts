/** The links of a port-in order (its numbers, its activation groups) and a number's current port-in. */
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GatewayContext } from '../common/context.js';
import { toTelephoneNumber } from '../numbers/numbers.mapper.js';
import { TelephoneNumber } from '../numbers/telephone-number.type.js';
import { resolveOrderReference } from '../orders/order.resolver.js';
import { Order } from '../orders/order.type.js';
import { OrderProduct } from '../orders/orders.enums.js';
import { resolvePortInOrder } from './port-in.references.js';
import { portingNumberFromLine, portingNumberFromRow, toActivationGroup } from './port-in.mapper.js';
import { ActivationGroup, PortingNumber, PortInOrder } from './port-in-order.type.js';

@Resolver(() => PortInOrder)
export class PortInOrderResolver {
  @FieldResolver(() => [PortingNumber], {
    description:
      'Its numbers, each with its own status, port date and account data (one carrier call per order).\n\nCarrier: /orderDetail.',
  })
  async numbers(@Root() order: PortInOrder, @Ctx() ctx: GatewayContext): Promise<PortingNumber[]> {
    const detail = await ctx.loaders.orders.orderDetail.load(order.id);
    return (detail?.lines ?? []).map((l) => portingNumberFromLine(order.id, order.customerOrderReference ?? undefined, l));
  }

  @FieldResolver(() => [ActivationGroup], {
    description:
      'Groups of an on-demand port-in that can be activated now (FOC date reached); empty otherwise.\n\nCarrier: /portInOrderAvailableActivation.',
  })
  async activationGroups(@Root() order: PortInOrder, @Ctx() ctx: GatewayContext): Promise<ActivationGroup[]> {
    return (await ctx.loaders.portIn.activationGroups.load(order.id)).map(toActivationGroup);
  }

  @FieldResolver(() => Order, {
    nullable: true,
    description:
      'The same order in the order model: its lines are `PortInOrderLine`s with the account data, its notes and documents ' +
      '(one read of the order, shared with every other field that needs it).\n\nCarrier: /orderDetail.',
  })
  async order(@Root() order: PortInOrder, @Ctx() ctx: GatewayContext): Promise<Order | null> {
    return resolveOrderReference({ id: order.id }, ctx);
  }
}

@Resolver(() => PortingNumber)
export class PortingNumberResolver {
  @FieldResolver(() => TelephoneNumber, {
    nullable: true,
    description:
      'The number as the account holds it: null while it is still with the losing carrier, an In Service number on its ' +
      'trunk group once ported (the porting numbers of one request are read together).\n\nCarrier: /tnDetail.',
  })
  async telephoneNumber(@Root() n: PortingNumber, @Ctx() ctx: GatewayContext): Promise<TelephoneNumber | null> {
    const record = await ctx.loaders.numbers.telephoneNumber.load(n.tn);
    return record ? toTelephoneNumber(record) : null;
  }

  @FieldResolver(() => Order, {
    nullable: true,
    description: 'The port-in order the number is on, in the order model (one read per distinct order).\n\nCarrier: /orderDetail.',
  })
  async order(@Root() n: PortingNumber, @Ctx() ctx: GatewayContext): Promise<Order | null> {
    return resolveOrderReference({ id: n.orderId }, ctx);
  }
}

/** Port-in products: the orders whose port-in side (counts, activation groups) /portInOrderList reports. */
const PORT_IN_PRODUCTS = new Set<OrderProduct | null | undefined>([OrderProduct.PORT_IN, OrderProduct.PORT_IN_MESSAGING_ONLY]);

@Resolver(() => Order)
export class OrderPortInResolver {
  @FieldResolver(() => PortInOrder, {
    nullable: true,
    description:
      "A port-in order's port-in side: its numbers counted by status and port date, its rejections and activation groups. " +
      'The port-in orders of one request are read together (a page of the newest 500, then any older one by id); ' +
      'null, with no carrier call, for every other product.\n\nCarrier: /portInOrderList.',
  })
  async portIn(@Root() order: Order, @Ctx() ctx: GatewayContext): Promise<PortInOrder | null> {
    return PORT_IN_PRODUCTS.has(order.product) ? resolvePortInOrder({ id: order.id }, ctx) : null;
  }
}

@Resolver(() => TelephoneNumber)
export class TelephoneNumberPortInResolver {
  @FieldResolver(() => PortingNumber, {
    nullable: true,
    description:
      'A pending port-in of a number the account already has; null otherwise, and so null for an ordinary port-in: ' +
      "until the port completes the number is still the losing carrier's, so `telephoneNumber(tn:)` itself is null, and " +
      'once ported this is null again (only pending port-ins are read; the order stays in `orders`). Follow numbers still ' +
      'at the losing carrier with `portingNumbers(...)` or `portInOrder(id:)`. One carrier call per request for every number.' +
      '\n\nCarrier: /portInOrderTnList.',
  })
  async portIn(@Root() tn: TelephoneNumber, @Ctx() ctx: GatewayContext): Promise<PortingNumber | null> {
    const rows = await ctx.loaders.portIn.pendingNumbers.load('all');
    const mine = rows.filter((r) => r.tn === tn.tn).sort((a, b) => Number(b.orderId) - Number(a.orderId))[0];
    return mine ? portingNumberFromRow(mine) : null;
  }
}
