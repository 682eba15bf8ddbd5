/**
 * The line type of each order product, chosen in one place. A line is typed by its order's product (and, for the
 * products that cover several kinds of order, by the order's type), so a frontend can tell a port-in number from a
 * disconnect by `__typename` and ask each for its own fields. The product-specific types live with their domain
 * (port-in, port-out, toll-free); the ones that add no field live here.
 */
import { ObjectType } from 'type-graphql';
import { PortInOrderLine } from '../port-in/port-in-order-line.type.js';
import { PortOutOrderLine } from '../port-outs/port-out-order-line.type.js';
import { TollFreeOrderLine } from '../toll-free/toll-free-order-line.type.js';
import { OrderLine } from './order-line.type.js';
import { OrderProduct, ServiceOrderType } from './orders.enums.js';

@ObjectType({
  description: 'A number on a new-number order (product Telephone Number or messaging-only, type NEW).',
  implements: OrderLine,
})
export class NumberOrderLine extends OrderLine {}

@ObjectType({
  description: 'A number on a trunk group or routing change (product Telephone Number, type CHANGE): `trunkGroup` is where it moves.',
  implements: OrderLine,
})
export class TrunkGroupChangeOrderLine extends OrderLine {}

@ObjectType({
  description:
    'A number on a feature order (product Telephone Number feature, or a messaging-only change): `features` and ' +
    '`featureStatus` say what changes and how far it got.',
  implements: OrderLine,
})
export class FeatureChangeOrderLine extends OrderLine {}

@ObjectType({ description: 'A number on a disconnect order (type DISCONNECT).', implements: OrderLine })
export class DisconnectOrderLine extends OrderLine {}

@ObjectType({
  description: 'A number on an order of a product this gateway does not know yet (see `Order.productLabel`): the common fields only.',
  implements: OrderLine,
})
export class OtherOrderLine extends OrderLine {}

type LineType = new () => OrderLine;

const BY_PRODUCT: Partial<Record<OrderProduct, LineType>> = {
  [OrderProduct.PORT_IN]: PortInOrderLine,
  [OrderProduct.PORT_IN_MESSAGING_ONLY]: PortInOrderLine,
  [OrderProduct.PORT_OUT]: PortOutOrderLine,
  [OrderProduct.TOLL_FREE_LOAD]: TollFreeOrderLine,
  [OrderProduct.TOLL_FREE_PORT_IN]: TollFreeOrderLine,
  [OrderProduct.TOLL_FREE_INVENTORY]: TollFreeOrderLine,
  [OrderProduct.TN_FEATURE]: FeatureChangeOrderLine,
};

/** Product 103 covers new numbers, trunk group changes and disconnects; 129 covers messaging-only adds and changes. */
const BY_TYPE: Record<OrderProduct.TELEPHONE_NUMBER | OrderProduct.TN_MESSAGING_ONLY, Record<ServiceOrderType, LineType>> = {
  [OrderProduct.TELEPHONE_NUMBER]: {
    [ServiceOrderType.NEW]: NumberOrderLine,
    [ServiceOrderType.CHANGE]: TrunkGroupChangeOrderLine,
    [ServiceOrderType.DISCONNECT]: DisconnectOrderLine,
  },
  [OrderProduct.TN_MESSAGING_ONLY]: {
    [ServiceOrderType.NEW]: NumberOrderLine,
    [ServiceOrderType.CHANGE]: FeatureChangeOrderLine,
    [ServiceOrderType.DISCONNECT]: DisconnectOrderLine,
  },
};

/** Every line type, for the schema (only the interface is reachable from a field). */
export const ORDER_LINE_TYPES = [
  NumberOrderLine,
  TrunkGroupChangeOrderLine,
  FeatureChangeOrderLine,
  DisconnectOrderLine,
  PortInOrderLine,
  PortOutOrderLine,
  TollFreeOrderLine,
  OtherOrderLine,
];

/** The line type of an order's product and type. */
export function orderLineType(product: OrderProduct | null | undefined, type: ServiceOrderType | null | undefined): LineType {
  if (!product) return OtherOrderLine;
  if (product === OrderProduct.TELEPHONE_NUMBER || product === OrderProduct.TN_MESSAGING_ONLY) {
    return type ? BY_TYPE[product][type] : OtherOrderLine;
  }
  return BY_PRODUCT[product] ?? OtherOrderLine;
}
