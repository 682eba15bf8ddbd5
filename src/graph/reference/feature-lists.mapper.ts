/** Client answers of the feature lists → their graph types. */
import type { CallerIdStorage } from '../../upstream/reference/tn-feature-cnam-list.js';
import type { DirectoryListingNumber as DirectoryListingWire } from '../../upstream/reference/tn-feature-dl-list.js';
import type { E911Listing, E911Street } from '../../upstream/reference/tn-feature-e911-list.js';
import type { MessagingNumber as MessagingWire } from '../../upstream/reference/tn-feature-message-list.js';
import { MessageClass, MessageType } from '../numbers/numbers.enums.js';
import { CallerIdStorageNumber, DirectoryListingNumber, E911ListedAddress, E911Number, MessagingNumber } from './feature-lists.type.js';

const enumValue = <E extends Record<string, string>>(values: E, label: string | undefined): E[keyof E] | null =>
  label !== undefined && (Object.values(values) as string[]).includes(label.toUpperCase()) ? (label.toUpperCase() as E[keyof E]) : null;

export const toCallerIdStorageNumber = (w: CallerIdStorage): CallerIdStorageNumber =>
  Object.assign(new CallerIdStorageNumber(), { tn: w.tn, callingName: w.callingName ?? null });

export const toDirectoryListingNumber = (w: DirectoryListingWire): DirectoryListingNumber =>
  Object.assign(new DirectoryListingNumber(), {
    tn: w.tn,
    firstName: w.firstName ?? null,
    lastName: w.lastName ?? null,
    streetNum: w.streetNum ?? null,
    streetPreDir: w.streetPreDir ?? null,
    streetName: w.streetName ?? null,
    streetType: w.streetType ?? null,
    streetPostDir: w.streetPostDir ?? null,
    location: w.location ?? null,
    city: w.city ?? null,
    state: w.state ?? null,
    postalCode: w.postalCode ?? null,
  });

const toAddress = (s: E911Street): E911ListedAddress =>
  Object.assign(new E911ListedAddress(), {
    streetNum: s.streetNum ?? null,
    street: s.streetInfo ?? null,
    location: s.location ?? null,
    city: s.city ?? null,
    state: s.state ?? null,
    postalCode: s.postalCode ?? null,
  });

export const toE911Number = (w: E911Listing): E911Number =>
  Object.assign(new E911Number(), {
    tn: w.tn,
    name: w.name ?? null,
    address: toAddress(w.address),
    enhancedAddress: Object.keys(w.enhancedAddress).length > 0 ? toAddress(w.enhancedAddress) : null,
  });

export const toMessagingNumber = (w: MessagingWire): MessagingNumber =>
  Object.assign(new MessagingNumber(), {
    tn: w.tn,
    messageClass: enumValue(MessageClass, w.messageClass),
    messageClassLabel: w.messageClass ?? null,
    messageType: enumValue(MessageType, w.messageType),
    messageTypeLabel: w.messageType ?? null,
  });
