/**
 * cancelOrder and addOrderNote (/orderCancel, /orderAddNote). The resolver
 * methods in order.resolver.ts delegate here.
 *
 * Input is checked first (nothing reaches the carrier otherwise); an order
 * named by customerOrderReference is first resolved to its one order id (the
 * reference is the caller's and need not be unique: a write must not pick one
 * of several orders silently); a refusal the caller can act on becomes
 * userErrors (order-rejections.ts); after a write the order's cached state is
 * dropped so the payload reads it fresh.
 */
import type { OrderRef } from '../../upstream/shared/order-ref.js';
import { UserError, UserErrorCode } from '../common/user-error.js';
import type { GatewayContext } from '../common/context.js';
import { checkLimit } from '../common/limits.js';
import { Issues } from '../common/validation.js';
import { AddOrderNoteInput, CancelOrderInput, ORDER_NOTE, type OrderReferenceInput } from './order.input.js';
import { AddOrderNotePayload, CancelOrderPayload } from './order.payload.js';
import { checkOrderRef, describeOrderRef, orderRefPath, toOrderRef } from './order-ref.js';
import { loadOrder } from './order.reads.js';
import { rejectionToUserErrors, type OrderWrite } from './order-rejections.js';
import type { OrderNote } from './order.type.js';
import { toOrderNote } from './orders.mapper.js';

const INPUT = ['input'];
/** Orders read to resolve a customerOrderReference: enough to see every exact match in practice. */
const REFERENCE_LOOKUP_SIZE = 100;
const ORDER = ['input', 'order'];
const NOTE = ['input', 'note'];

/**
 * The one order a write will act on, by id. A customerOrderReference is looked
 * up with /orderList and only exact matches count (the guide does not say the
 * filter is exact): none → NOT_FOUND, several → CONFLICT naming them, so the
 * caller picks by id. When the carrier has more matches than one page shows,
 * there is no telling, so that is a CONFLICT too.
 */
async function resolveOrderId(ctx: GatewayContext, ref: OrderRef): Promise<{ orderId: string } | { userErrors: UserError[] }> {
  if ('orderId' in ref) return { orderId: ref.orderId };
  const path = orderRefPath(ORDER, ref);
  const page = await ctx.api.orders.orderList({
    customerOrderReference: ref.customerOrderReference,
    page: { page: 1, size: REFERENCE_LOOKUP_SIZE },
  });
  // A write must not act on "ACME42" when asked for "ACME4".
  const matches = page.items.filter((o) => o.customerOrderReference === ref.customerOrderReference);
  const unseen = page.totalItems > page.items.length;
  if (matches.length === 0 && !unseen) {
    return { userErrors: [UserError.of(path, UserErrorCode.NOT_FOUND, `No such order: ${describeOrderRef(ref)}.`)] };
  }
  if (matches.length !== 1 || unseen) {
    const count = unseen ? `${page.totalItems} orders match` : `${matches.length} orders carry`;
    const ids = matches
      .slice(0, 5)
      .map((o) => o.orderId)
      .join(', ');
    return {
      userErrors: [
        UserError.of(
          path,
          UserErrorCode.CONFLICT,
          `${count} customerOrderReference ${ref.customerOrderReference}${ids ? ` (e.g. ${ids})` : ''}: name the order by id.`,
        ),
      ],
    };
  }
  return { orderId: matches[0]!.orderId };
}

/**
 * The steps every order write shares: refuse bad input (the order's name,
 * then the write's own `checks`), resolve the order
 * to one id, run `action` against it, turn a refusal into userErrors, and
 * drop the order's cached state. Returns the order id and the action's result
 * when the write went through, null when `payload.userErrors` says why not.
 */
async function writeToOrder<T>(
  ctx: GatewayContext,
  payload: CancelOrderPayload | AddOrderNotePayload,
  order: OrderReferenceInput | null | undefined,
  write: OrderWrite,
  action: (ref: OrderRef) => Promise<T>,
  checks: (issues: Issues) => void = () => {},
): Promise<{ orderId: string; result: T } | null> {
  const issues = new Issues();
  checkOrderRef(issues, ORDER, order ?? {});
  checks(issues);
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return null;
  }
  const named = toOrderRef(order!);
  const resolved = await resolveOrderId(ctx, named);
  if ('userErrors' in resolved) {
    payload.userErrors = resolved.userErrors;
    return null;
  }
  const ref: OrderRef = { orderId: resolved.orderId };
  payload.loadOrder = () => loadOrder(ctx, ref);
  let result: T;
  try {
    result = await action(ref);
  } catch (error) {
    payload.userErrors = await rejectionToUserErrors(ctx, error, write, resolved.orderId, named, INPUT);
    return null;
  }
  await ctx.invalidate('Order', [resolved.orderId]);
  return { orderId: resolved.orderId, result };
}

export async function cancelOrder(ctx: GatewayContext, input: CancelOrderInput): Promise<CancelOrderPayload> {
  const payload = new CancelOrderPayload();
  await writeToOrder(ctx, payload, input.order, 'cancel', (ref) => ctx.api.orders.orderCancel(ref));
  return payload;
}

/**
 * The added note as the carrier lists it, so it carries insertDate and
 * insertUser, which /orderAddNote does not return. Read through the same
 * loader as `order { notes }` (one /orderNote call for both); when the read
 * fails or the carrier gave no noteId to find it by, the note as written.
 */
async function readBackNote(ctx: GatewayContext, orderId: string, noteId: string, text: string): Promise<OrderNote> {
  const written = toOrderNote(noteId ? { noteId, note: text } : { note: text });
  if (!noteId) return written;
  try {
    const notes = await ctx.loaders.orders.orderNotes.load(orderId);
    const recorded = notes.find((n) => n.noteId === noteId);
    return recorded ? toOrderNote(recorded) : written;
  } catch (error) {
    ctx.logger.warn({ err: error }, 'reading back an added order note failed; answering the note as written');
    return written;
  }
}

export async function addOrderNote(ctx: GatewayContext, input: AddOrderNoteInput): Promise<AddOrderNotePayload> {
  const payload = new AddOrderNotePayload();
  const written = await writeToOrder(
    ctx,
    payload,
    input.order,
    'addNote',
    (ref) => ctx.api.orders.orderAddNote({ ref, note: input.note }),
    (issues) => {
      if (issues.required(NOTE, input.note, 'note')) checkLimit(issues, NOTE, input.note, ORDER_NOTE);
    },
  );
  if (written) {
    const { orderId, result: noteId } = written;
    payload.noteId = noteId || null;
    payload.loadNote = () => readBackNote(ctx, orderId, noteId, input.note);
  }
  return payload;
}
