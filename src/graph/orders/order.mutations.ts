/**
 * cancelOrder and addOrderNote (/orderCancel, /orderAddNote). The resolver
 * methods in order.resolver.ts delegate here.
 *
 * Input is checked first (nothing reaches the carrier otherwise); a refusal
 * the caller can act on becomes userErrors (order-rejections.ts); after a
 * write the order's cached state is dropped so the payload reads it fresh.
 */
import type { OrderRef } from '../../upstream/model.js';
import type { GatewayContext } from '../common/context.js';
import { Issues } from '../common/validation.js';
import { AddOrderNoteInput, CancelOrderInput, ORDER_NOTE_MAX_LENGTH } from './order.input.js';
import { AddOrderNotePayload, CancelOrderPayload } from './order.payload.js';
import { checkOrderRef, toOrderRef } from './order-ref.js';
import { loadOrder } from './order.reads.js';
import { rejectionToUserErrors } from './order-rejections.js';
import type { OrderNote } from './order.type.js';
import { toOrderNote } from './orders.mapper.js';

const INPUT = ['input'];
const ORDER = ['input', 'order'];
const NOTE = ['input', 'note'];

/**
 * Drop the cached state of a changed order and return its id. By reference
 * the id is unknown until read (the by-reference loader is never cached);
 * null when that read finds nothing.
 */
async function invalidateOrder(ctx: GatewayContext, ref: OrderRef): Promise<string | null> {
  const orderId =
    'orderId' in ref
      ? ref.orderId
      : ((await ctx.loaders.orders.orderByReference.load(ref.customerOrderReference).catch(() => null))?.orderId ?? null);
  if (orderId === null) return null;
  ctx.loaders.orders.orderSummary.clear(orderId);
  await ctx.invalidate.orders([orderId]);
  return orderId;
}

export async function cancelOrder(ctx: GatewayContext, input: CancelOrderInput): Promise<CancelOrderPayload> {
  const payload = new CancelOrderPayload();
  const issues = new Issues();
  checkOrderRef(issues, ORDER, input.order ?? {});
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return payload;
  }
  const ref = toOrderRef(input.order);
  payload.loadOrder = () => loadOrder(ctx, ref);
  try {
    await ctx.api.orders.cancel(ref);
  } catch (error) {
    payload.userErrors = await rejectionToUserErrors(ctx, error, 'cancel', ref, INPUT);
    return payload;
  }
  await invalidateOrder(ctx, ref);
  return payload;
}

/**
 * The added note as the carrier lists it, so it carries insertDate and
 * insertUser, which /orderAddNote does not return. Read through the same
 * loader as `order { notes }` (one /orderNote call for both); when the read
 * fails or the carrier gave no noteId to find it by, the note as written.
 */
async function readBackNote(ctx: GatewayContext, ref: OrderRef, orderId: string | null, noteId: string, text: string): Promise<OrderNote> {
  const written = toOrderNote(noteId ? { noteId, note: text } : { note: text });
  if (!noteId) return written;
  try {
    const notes = orderId !== null ? await ctx.loaders.orders.orderNotes.load(orderId) : await ctx.api.orders.notes(ref);
    const recorded = notes.find((n) => n.noteId === noteId);
    return recorded ? toOrderNote(recorded) : written;
  } catch (error) {
    ctx.logger.warn({ err: error }, 'reading back an added order note failed; answering the note as written');
    return written;
  }
}

export async function addOrderNote(ctx: GatewayContext, input: AddOrderNoteInput): Promise<AddOrderNotePayload> {
  const payload = new AddOrderNotePayload();
  const issues = new Issues();
  checkOrderRef(issues, ORDER, input.order ?? {});
  if (issues.required(NOTE, input.note, 'note')) issues.maxLength(NOTE, input.note, ORDER_NOTE_MAX_LENGTH);
  if (!issues.ok) {
    payload.userErrors = issues.toUserErrors();
    return payload;
  }
  const ref = toOrderRef(input.order);
  payload.loadOrder = () => loadOrder(ctx, ref);
  let noteId: string;
  try {
    noteId = await ctx.api.orders.addNote(ref, input.note);
  } catch (error) {
    payload.userErrors = await rejectionToUserErrors(ctx, error, 'addNote', ref, INPUT);
    return payload;
  }
  const orderId = await invalidateOrder(ctx, ref);
  payload.noteId = noteId || null;
  payload.loadNote = () => readBackNote(ctx, ref, orderId, noteId, input.note);
  return payload;
}
