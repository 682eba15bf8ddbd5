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
import type { CarrierApi } from '../../upstream/client.js';

export const DEFAULT_UPSTREAM_CALL_BUDGET = 500;

export class CallBudgetExceededError extends GraphQLError {
  constructor(budget: number) {
    super(`This request needs more than ${budget} carrier calls; ask for fewer or smaller pages, or split the query.`, {
      extensions: { code: 'UPSTREAM_CALL_BUDGET_EXCEEDED', budget },
    });
  }
}

type Methods = Record<string, (...args: never[]) => Promise<unknown>>;

/** The same API, counting calls of this request and refusing those past `budget`; every method of every domain is metered. */
export function withCallBudget(api: CarrierApi, budget: number): CarrierApi {
  let used = 0;
  const metered = (domain: Methods): Methods =>
    Object.fromEntries(
      Object.entries(domain).map(([name, fn]) => [
        name,
        async (...args: never[]) => {
          if (used >= budget) throw new CallBudgetExceededError(budget);
          used += 1;
          return fn.apply(domain, args);
        },
      ]),
    );
  const { ping, ...domains } = api;
  const wrapped = Object.fromEntries(Object.entries(domains).map(([name, domain]) => [name, metered(domain as Methods)]));
  return { ...wrapped, ping: () => ping.call(api) } as CarrierApi;
}
