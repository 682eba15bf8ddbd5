/**
 * The request fields an operation accepts. The carrier parses strictly: a request carrying a field
 * its operation does not know is refused as a whole with 400 "Request format not recognized
 * (Unrecognized fields in json)" (guide /tnE911 "Bad" example, L3428–L3451: the unknown `tN` and
 * `name1`). The sandbox does the same, so a client that misspells a field is caught here.
 */

/** `ANY`: the field takes a value the handler reads; a nested shape: an object, or a list of objects, whose own fields are checked. */
type FieldSpec = typeof ANY | RequestShape;

export interface RequestShape {
  readonly [field: string]: FieldSpec;
}

export const ANY = true as const;

/** A handler's view of its request: only the declared top-level fields can be read. */
export type Body<S extends RequestShape> = { readonly [K in keyof S]?: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Dotted path of the first field `value` carries that `shape` does not declare, or undefined.
 * A nested shape is applied to an object and to every object of a list (some producers collapse a
 * one-element list to its element); values of another type are left to the handler's own checks.
 */
export function unknownField(shape: RequestShape, value: unknown, path = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const [i, element] of value.entries()) {
      const found = unknownField(shape, element, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isPlainObject(value)) return undefined;
  for (const [key, member] of Object.entries(value)) {
    const spec = Object.hasOwn(shape, key) ? shape[key] : undefined;
    const at = path === '' ? key : `${path}.${key}`;
    if (spec === undefined) return at;
    if (spec !== ANY) {
      const found = unknownField(spec, member, at);
      if (found) return found;
    }
  }
  return undefined;
}
