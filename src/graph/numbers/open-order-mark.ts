/**
 * Numbers on an order the gateway submitted change on the carrier's clock,
 * where no invalidation reaches them: mark them (TN_OPEN_ORDER_NAMESPACE) so
 * their reads bypass the shared cache while the order runs.
 */
import type { Tn } from '../../upstream/shared/tn.js';
import type { GatewayContext } from '../common/context.js';
import { OPEN_ORDER_WATCH_MS, TN_OPEN_ORDER_NAMESPACE } from './numbers.loaders.js';

/** Call before invalidating the TNs, so no concurrent read re-caches the pre-order state. */
export async function markOnOpenOrder(ctx: GatewayContext, tns: readonly Tn[], orderId: string): Promise<void> {
  if (tns.length === 0 || ctx.ttl.telephoneNumber <= 0) return;
  try {
    await ctx.cache.setMany(
      TN_OPEN_ORDER_NAMESPACE,
      tns.map((tn) => ({ key: tn, value: orderId })),
      OPEN_ORDER_WATCH_MS,
    );
  } catch (error) {
    ctx.logger.warn({ err: error, namespace: TN_OPEN_ORDER_NAMESPACE }, 'read cache write failed');
  }
}
