/** Port-in entities by key, for `node(id:)` and federation references. */
import type { GatewayContext } from '../common/context.js';
import { portingNumberFromLine, toPortInOrder } from './port-in.mapper.js';
import type { PortingNumber, PortInOrder } from './port-in-order.type.js';

export async function resolvePortInOrder(ref: Record<string, unknown>, ctx: GatewayContext): Promise<PortInOrder | null> {
  const id = typeof ref['id'] === 'string' ? ref['id'] : undefined;
  if (!id || !/^\d{1,15}$/.test(id)) return null;
  const found = await ctx.loaders.portIn.portInOrderById.load(id);
  return found ? toPortInOrder(found) : null;
}

/** Key "<orderId>:<tn>": the number's line on that order's detail. */
export async function resolvePortingNumber(ref: Record<string, unknown>, ctx: GatewayContext): Promise<PortingNumber | null> {
  const key = typeof ref['key'] === 'string' ? ref['key'] : '';
  const [orderId, tn] = key.split(':');
  if (!orderId || !tn || !/^\d{1,15}$/.test(orderId)) return null;
  const detail = await ctx.loaders.orders.orderDetail.load(orderId);
  const line = detail?.lines.find((l) => l.tn === tn);
  return line ? portingNumberFromLine(orderId, detail?.customerOrderReference, line) : null;
}
