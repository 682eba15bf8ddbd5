/**
 * A ceiling on upstream calls per GraphQL request. Batching keeps ordinary
 * nested queries cheap (50 orders with all their numbers: 54 calls), but some
 * relations are single-key upstream (orders of a number, order details), so a
 * query nesting them inside large pages could fan out into thousands of
 * carrier calls. Past the budget, further calls fail fast with
 * UPSTREAM_CALL_BUDGET_EXCEEDED on the fields that needed them; the rest of
 * the response still answers.
 */
import { GraphQLError } from 'graphql';
import type { CarrierApi } from '../../upstream/api.js';

export const DEFAULT_UPSTREAM_CALL_BUDGET = 500;

export class CallBudgetExceededError extends GraphQLError {
  constructor(budget: number) {
    super(`This request needs more than ${budget} carrier calls; ask for fewer or smaller pages, or split the query.`, {
      extensions: { code: 'UPSTREAM_CALL_BUDGET_EXCEEDED', budget },
    });
  }
}

type Operations = Record<string, (...args: never[]) => Promise<unknown>>;

/**
 * The same API, counting calls of this request and refusing those past
 * `budget`. Every domain object of the client is metered, whatever domains
 * it has; top-level functions (the health check's ping) are not carrier
 * operations of the request and pass through.
 */
export function withCallBudget(api: CarrierApi, budget: number): CarrierApi {
  let used = 0;
  const metered = (domain: Operations): Operations => {
    const wrapped: Operations = {};
    for (const [name, fn] of Object.entries(domain)) {
      wrapped[name] = async (...args) => {
        if (used >= budget) throw new CallBudgetExceededError(budget);
        used += 1;
        return fn.apply(domain, args);
      };
    }
    return wrapped;
  };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(api as unknown as Record<string, unknown>)) {
    out[key] = typeof value === 'function' ? (value as () => unknown).bind(api) : metered(value as Operations);
  }
  return out as unknown as CarrierApi;
}
