/** The account-wide feature lists as connections: one carrier call per page, never one per number. */
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { PageRequest } from '../../upstream/shared/page.js';
import { checkPageArgs, fetchWindow, toConnection, type PageArgs } from '../common/connection.js';
import type { GatewayContext } from '../common/context.js';
import { PageArgsOf } from '../common/page-args.js';
import { checkTnMask, Issues } from '../common/validation.js';
import { ALL_LISTINGS } from './feature-lists.loaders.js';
import { toCallerIdStorageNumber, toDirectoryListingNumber, toE911Number, toMessagingNumber } from './feature-lists.mapper.js';
import {
  CallerIdStorageNumberConnection,
  DirectoryListingNumberConnection,
  E911NumberConnection,
  MessagingNumberConnection,
} from './feature-lists.type.js';

export const FEATURE_LIST_CONNECTION_LIMITS = { defaultFirst: 50, maxFirst: 500 };
/** Every list is read in number order, so cursors stay valid across requests. */
const BY_TN = { property: 'tn', direction: 'asc' } as const;

function window(page: PageArgs, connection: string, query: unknown) {
  const issues = new Issues();
  const args = checkPageArgs(issues, page, FEATURE_LIST_CONNECTION_LIMITS, connection, query);
  return { issues, args };
}

const byTn = (node: { tn: string }) => node.tn;

@Resolver()
export class FeatureListsResolver {
  @Query(() => CallerIdStorageNumberConnection, {
    nullable: true,
    description: 'Numbers of the account with a caller name stored for their outbound calls, by number.\n\nCarrier: /tnFeatureCnamList.',
  })
  async callerIdStorageNumbers(
    @PageArgsOf(FEATURE_LIST_CONNECTION_LIMITS) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<CallerIdStorageNumberConnection> {
    const { issues, args } = window(page, 'callerIdStorageNumbers', null);
    issues.throwIfAny();
    const read = await fetchWindow(
      args,
      (p: PageRequest) => ctx.loaders.reference.callerIdStoragePage.load({ page: { ...p, ...BY_TN } }),
      byTn,
    );
    return toConnection(CallerIdStorageNumberConnection, {
      ...read,
      items: read.items.map((i) => ({ ...i, node: toCallerIdStorageNumber(i.node) })),
    });
  }

  @Query(() => E911NumberConnection, {
    nullable: true,
    description: 'Numbers of the account with E911 service and their addresses, by number.\n\nCarrier: /tnFeatureE911List.',
  })
  async e911Numbers(
    @Arg('tnMask', () => String, {
      nullable: true,
      description: 'Ten characters of digits and x (any digit), e.g. 312xxxxxxx; a full number finds that number alone.',
    })
    tnMask: string | null | undefined,
    @PageArgsOf(FEATURE_LIST_CONNECTION_LIMITS) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<E911NumberConnection> {
    const { issues, args } = window(page, 'e911Numbers', tnMask ?? null);
    checkTnMask(issues, ['tnMask'], tnMask);
    issues.throwIfAny();
    const mask = tnMask == null ? {} : { tnMask: tnMask.replace(/[X ]/g, 'x') };
    const read = await fetchWindow(
      args,
      (p: PageRequest) => ctx.loaders.reference.e911Page.load({ ...mask, page: { ...p, ...BY_TN } }),
      byTn,
    );
    return toConnection(E911NumberConnection, { ...read, items: read.items.map((i) => ({ ...i, node: toE911Number(i.node) })) });
  }

  @Query(() => MessagingNumberConnection, {
    nullable: true,
    description: 'Numbers of the account with messaging, and their class and type, by number.\n\nCarrier: /tnFeatureMessageList.',
  })
  async messagingNumbers(
    @PageArgsOf(FEATURE_LIST_CONNECTION_LIMITS) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<MessagingNumberConnection> {
    const { issues, args } = window(page, 'messagingNumbers', null);
    issues.throwIfAny();
    const read = await fetchWindow(args, (p: PageRequest) => ctx.loaders.reference.messagingPage.load({ page: { ...p, ...BY_TN } }), byTn);
    return toConnection(MessagingNumberConnection, { ...read, items: read.items.map((i) => ({ ...i, node: toMessagingNumber(i.node) })) });
  }

  @Query(() => DirectoryListingNumberConnection, {
    nullable: true,
    description:
      'Numbers of the account with a directory listing, and the listing, by number. The carrier answers the whole list at once; ' +
      'it is read once per request and paged here.\n\nCarrier: /tnFeatureDLList.',
  })
  async directoryListingNumbers(
    @PageArgsOf(FEATURE_LIST_CONNECTION_LIMITS) page: PageArgs,
    @Ctx() ctx: GatewayContext,
  ): Promise<DirectoryListingNumberConnection> {
    const { issues, args } = window(page, 'directoryListingNumbers', null);
    issues.throwIfAny();
    const all = [...(await ctx.loaders.reference.directoryListings.load(ALL_LISTINGS))].sort((a, b) => a.tn.localeCompare(b.tn));
    const read = await fetchWindow(
      args,
      async ({ page: number = 1, size = args.first }) => ({
        items: all.slice((number - 1) * size, number * size),
        page: number,
        totalPages: Math.ceil(all.length / size),
        totalItems: all.length,
      }),
      byTn,
    );
    return toConnection(DirectoryListingNumberConnection, {
      ...read,
      items: read.items.map((i) => ({ ...i, node: toDirectoryListingNumber(i.node) })),
    });
  }
}
