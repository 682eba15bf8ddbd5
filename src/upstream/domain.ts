/** A domain's operations keyed by operation name, and the typed client methods derived from them. */
import type { Transport } from './core/transport.js';
import type { AnyOperation, Operation } from './define.js';

export type Domain<Ops extends readonly AnyOperation[]> = { readonly [Op in Ops[number] as Op['name']]: Op };

/** Key the operations by their own names, so a method can never be named apart from its operation. */
export function defineDomain<const Ops extends readonly AnyOperation[]>(...operations: Ops): Domain<Ops> {
  return Object.fromEntries(operations.map((op) => [op.name, op])) as Domain<Ops>;
}

/** One operation as a client method: its one input (none when the input is void), its mapped answer. */
export type Method<Op> =
  Op extends Operation<string, infer I, infer O> ? ([I] extends [void] ? () => Promise<O> : (input: I) => Promise<O>) : never;

export type DomainClient<D> = { [K in keyof D]: Method<D[K]> };

export function bindDomain<D extends Record<string, AnyOperation>>(transport: Transport, domain: D): DomainClient<D> {
  return Object.fromEntries(
    Object.entries(domain).map(([name, op]) => [name, (input?: unknown) => op.invoke(transport, input)]),
  ) as DomainClient<D>;
}
