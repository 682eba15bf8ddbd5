import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A ten-digit North American (NANP) telephone number, returned as ten digits, e.g. "3125550100". Input also accepts "+13125550100", "13125550100" and punctuated forms such as "(312) 555-0100"; they are normalised to ten digits. */
  TN: { input: string; output: string; }
};

/** A person the carrier writes to; fields the carrier leaves out are null. */
export type AccountContact = {
  __typename?: 'AccountContact';
  /** E-mail address. */
  email?: Maybe<Scalars['String']['output']>;
  /** First name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Last name. */
  lastName?: Maybe<Scalars['String']['output']>;
};

/** A contact; every field is optional, an absent one keeps its current value where there is one. */
export type AccountContactInput = {
  /** E-mail address, e.g. api@example.com. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** First name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
};

/** The account's default settings. Values the carrier leaves out are null. */
export type AccountSettings = Node & {
  __typename?: 'AccountSettings';
  /** New numbers look up the caller's name on incoming calls by default. */
  callerNameLookup?: Maybe<Scalars['Boolean']['output']>;
  /** Default company contact: where the carrier sends API updates. */
  contact: AccountContact;
  /** Default port-in time, HH:MM (e.g. "14:00"). */
  desiredPortTime?: Maybe<Scalars['String']['output']>;
  /** Time zone of desiredPortTime; null when unset or not one listed here. */
  desiredPortTimeZone?: Maybe<PortTimeZone>;
  /** The carrier's own time zone text, e.g. US/Pacific. */
  desiredPortTimeZoneLabel?: Maybe<Scalars['String']['output']>;
  /** Whether a company-level port-out PIN is set (protects Tier 0 and HI numbers without their own PIN). The PIN is never returned. */
  hasPortOutPin: Scalars['Boolean']['output'];
  /** Whether an Authorization value is set for webhooks. The value itself is write-only and never returned. */
  hasWebhookAuthorization: Scalars['Boolean']['output'];
  /** Stable global id of the account settings (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /** Message delivery receipts are enabled (set by the carrier). */
  messageDeliveryReceipts?: Maybe<Scalars['Boolean']['output']>;
  /** Who receives port-out authorization e-mails. */
  portOutContacts: Array<AccountContact>;
  /** New toll-free numbers look up the caller's name on incoming calls by default. */
  tollFreeCallerNameLookup?: Maybe<Scalars['Boolean']['output']>;
  /** Trunk group management is enabled (set by the carrier). */
  trunkGroupManagementEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Port-outs can be authorized or rejected through the webhook. */
  webhookPortOutAuthorization?: Maybe<Scalars['Boolean']['output']>;
  /** Where the carrier posts webhooks (order and port-out updates); null when none. */
  webhookUrl?: Maybe<Scalars['String']['output']>;
};

/** Activation of groups of an on-demand port-in. */
export type ActivatePortInInput = {
  /** The groups to activate, as PortInOrder.activationGroups names them. */
  groups: Array<Scalars['String']['input']>;
  /** The port-in order. */
  orderId: Scalars['ID']['input'];
};

/** Result of activatePortIn: one result per group, and a userError for each group not activated. */
export type ActivatePortInPayload = {
  __typename?: 'ActivatePortInPayload';
  /**
   * The port-in order as it stands after the write; null when nothing was written.
   *
   * Carrier: /portInOrderList.
   */
  order?: Maybe<PortInOrder>;
  /** One result per group the carrier reported on. */
  results: Array<PortInGroupActivation>;
  /** Input problems, NOT_FOUND (no such port-in order), or WRONG_STATUS per group not available for activation (path to the group). */
  userErrors: Array<UserError>;
};

/** A group of numbers of an on-demand port-in that ports together, available for activation now. */
export type ActivationGroup = {
  __typename?: 'ActivationGroup';
  /** True: the group is listed because it can be activated now (FOC date reached, numbers in routing). */
  canActivateNow: Scalars['Boolean']['output'];
  /** Its confirmed port date (FOC date). */
  focDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The group, e.g. "Group ID 93457 - BellSouth/1"; activatePortIn takes it. */
  name: Scalars['String']['output'];
  /** Its numbers. */
  tns: Array<Scalars['TN']['output']>;
};

/** Result of addE911NotificationEmails. */
export type AddE911NotificationEmailsPayload = {
  __typename?: 'AddE911NotificationEmailsPayload';
  /** The whole list after the change; empty when refused. */
  emails: Array<Scalars['String']['output']>;
  /** The number; null for the account-wide list. */
  tn?: Maybe<Scalars['TN']['output']>;
  /** Input problems (nothing was sent), a list that would exceed its maximum (LIMIT_REACHED), a number not on the account (NOT_FOUND), or an address the carrier refused (INVALID). */
  userErrors: Array<UserError>;
};

/** Attach a file to an order, e.g. a letter of authorisation. Name the order by exactly one of orderId or customerOrderReference. */
export type AddOrderDocumentInput = {
  /** The file, base64-encoded; at most 2097152 bytes once decoded. */
  contentBase64: Scalars['String']['input'];
  /** Your reference given when the order was placed, instead of orderId: letters and digits, at most 50 characters. The carrier takes it as is: a reference shared by several orders names the one the carrier picks, as `order(customerOrderReference:)` reads it. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** What the file is (at most 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** MIME type, e.g. "application/pdf"; downloads are served with it. */
  mimeType: Scalars['String']['input'];
  /** File name, e.g. "loa.pdf" (at most 100 characters). */
  name: Scalars['String']['input'];
  /** The carrier order id, e.g. "1026470"; or give customerOrderReference. */
  orderId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of addOrderDocument. */
export type AddOrderDocumentPayload = {
  __typename?: 'AddOrderDocumentPayload';
  /** The attached document as the carrier lists it; null when none was attached. */
  document?: Maybe<OrderDocument>;
  /** Why nothing was attached: input problems (bad base64, too large: nothing was sent), NOT_FOUND (no such order), or REJECTED with the carrier's message. */
  userErrors: Array<UserError>;
};

/** Add a note to an order. */
export type AddOrderNoteInput = {
  /** The note text, at most 4000 characters. */
  note: Scalars['String']['input'];
  /** The order to add the note to, by id or customerOrderReference. */
  order: OrderReferenceInput;
};

/** Result of addOrderNote. */
export type AddOrderNotePayload = {
  __typename?: 'AddOrderNotePayload';
  /**
   * The note as the carrier recorded it, with its createdAt and createdBy: read back with the order's notes, the same read as `order { notes }`, so selecting both costs one call.
   *
   * Carrier: /orderNote.
   */
  note?: Maybe<OrderNote>;
  /** Carrier id of the new note (noteId); null when the carrier gives none or the note was not added. */
  noteId?: Maybe<Scalars['ID']['output']>;
  /**
   * The order as it stands after the note was added, or as it is when the carrier refused; null when there is no such order or the reference names several.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Why no note was added: input problems, NOT_FOUND (no such order), CONFLICT (several orders carry the customerOrderReference: name the order by id), or REJECTED (the carrier refused, with its message). Empty when the note was added. */
  userErrors: Array<UserError>;
};

/** Attach a file to a trouble ticket, e.g. a screenshot. */
export type AddTicketDocumentInput = {
  /** The file, base64-encoded; at most 2097152 bytes once decoded. */
  contentBase64: Scalars['String']['input'];
  /** What the file shows (at most 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether the carrier may share it beyond your account (default false). */
  isPublic?: Scalars['Boolean']['input'];
  /** MIME type, e.g. "image/png"; downloads are served with it. */
  mimeType: Scalars['String']['input'];
  /** File name, e.g. "screenshot.png" (at most 100 characters). */
  name: Scalars['String']['input'];
  /** The ticket: its id or the carrier's ticket number. */
  ticketId: Scalars['ID']['input'];
};

/** Result of addTicketDocument. */
export type AddTicketDocumentPayload = {
  __typename?: 'AddTicketDocumentPayload';
  /** The attached document as the carrier lists it; null when none was attached. */
  document?: Maybe<TicketDocument>;
  /** Why nothing was attached: input problems (bad base64, too large: nothing was sent), NOT_FOUND (no such ticket), or REJECTED with the carrier's message. */
  userErrors: Array<UserError>;
};

/** Add a note to a trouble ticket. */
export type AddTicketNoteInput = {
  /** The note (at most 4000 characters). */
  note: Scalars['String']['input'];
  /** The ticket: its id or the carrier's ticket number. */
  ticketId: Scalars['ID']['input'];
};

/** Result of addTicketNote. */
export type AddTicketNotePayload = {
  __typename?: 'AddTicketNotePayload';
  /** The note as the carrier recorded it (read back with the ticket's notes, the same read as `ticket { notes }`). */
  note?: Maybe<TicketNote>;
  /** The carrier's id of the new note; null when none was added or the carrier gave none. */
  noteId?: Maybe<Scalars['ID']['output']>;
  /** The ticket, read after the note was added; null when there is no such ticket. */
  ticket?: Maybe<Ticket>;
  /** Why no note was added: input problems (nothing was sent), NOT_FOUND (no such ticket), or REJECTED with the carrier's message. Empty on success. */
  userErrors: Array<UserError>;
};

/** A location of a service address, e.g. type "Ste", value "900". */
export type AddressLocation = {
  __typename?: 'AddressLocation';
  /** Location type, e.g. "Ste", "Flr", "Apt". */
  type: Scalars['String']['output'];
  /** Location value, e.g. "900". */
  value?: Maybe<Scalars['String']['output']>;
};

/** Approve every number of a port-out order that was not rejected. */
export type ApprovePortOutInput = {
  /** The port-out order id, e.g. "1501843". */
  orderId: Scalars['ID']['input'];
};

/** Result of approvePortOut. */
export type ApprovePortOutPayload = {
  __typename?: 'ApprovePortOutPayload';
  /** The port-out order as the carrier lists it now; null when it does not, or nothing changed. */
  order?: Maybe<Order>;
  /** The order approved; null when nothing changed. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing changed: a malformed order id (nothing was sent); NOT_FOUND at `orderId` (no such port-out order) or at `tn` (the number is not on it); WRONG_STATUS at `tn` (the number was already rejected or approved) or at `orderId` (the order is no longer pending); or REJECTED with the carrier's message. */
  userErrors: Array<UserError>;
};

/** A campaign and the numbers to send under it. */
export type AssignMessagingCampaignInput = {
  /** The campaign, e.g. "CXFXN8B": a campaign id is "C" and six capital letters or digits, e.g. "CXFXN8B". */
  campaignId: Scalars['String']['input'];
  /** Your own reference for the change (letters and digits, at most 50). */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** Numbers of the account, In Service; at most 100. */
  numbers: Array<Scalars['TN']['input']>;
};

/** Result of assignMessagingCampaign. */
export type AssignMessagingCampaignPayload = {
  __typename?: 'AssignMessagingCampaignPayload';
  /**
   * The campaign, with its numbers as they are after the change; null when nothing was changed.
   *
   * Carrier: /messageCampaigns.
   */
  campaign?: Maybe<MessagingCampaign>;
  /** The carrier order that records the change; null when nothing was changed. */
  orderId?: Maybe<Scalars['String']['output']>;
  /** Input problems (nothing was sent), or the carrier refusing the request: a number not In Service (WRONG_STATUS), a number or campaign it does not know (INVALID), anything else (REJECTED). The carrier refuses all numbers together. */
  userErrors: Array<UserError>;
};

/** A number assigned to the account and its status, as the account-wide list gives it. */
export type AssignedTelephoneNumber = {
  __typename?: 'AssignedTelephoneNumber';
  /** Status of the number on the account. */
  status: TelephoneNumberStatus;
  /**
   * The full record of the number (read together with the other numbers of the request).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of numbers assigned to the account. */
export type AssignedTelephoneNumberConnection = {
  __typename?: 'AssignedTelephoneNumberConnection';
  /** Edges with cursors. */
  edges: Array<AssignedTelephoneNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<AssignedTelephoneNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of numbers assigned to the account. */
export type AssignedTelephoneNumberEdge = {
  __typename?: 'AssignedTelephoneNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The numbers assigned to the account at this edge. */
  node: AssignedTelephoneNumber;
};

/** A number available in inventory: reserve or order it. */
export type AvailableTelephoneNumber = {
  __typename?: 'AvailableTelephoneNumber';
  /** What may be provisioned on the number (carrier cnamAllowed, dlAllowed, e911Allowed, msgAllowed …). */
  capabilities: NumberCapabilities;
  /** City of the number, e.g. "COLFAX". */
  city?: Maybe<Scalars['String']['output']>;
  /** Country calling code, e.g. "1"; null when the carrier does not say. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Rate center of the number: where it is local, with its LATA, state and tier. */
  rateCenter?: Maybe<RateCenter>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of available telephone numbers. */
export type AvailableTelephoneNumberConnection = {
  __typename?: 'AvailableTelephoneNumberConnection';
  /** Edges with cursors. */
  edges: Array<AvailableTelephoneNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<AvailableTelephoneNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of available telephone numbers. */
export type AvailableTelephoneNumberEdge = {
  __typename?: 'AvailableTelephoneNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The available telephone number at this edge. */
  node: AvailableTelephoneNumber;
};

/** What to search inventory for. Give areaCode/exchange, tnMask or tnWildcard (default: all numbers), and at most one of rateCenter, city (with state) or postalCode. radius (1-50 miles) needs city+state or postalCode. radius, localCallingArea and sequential exclude each other; localCallingArea needs an NPA-NXX (areaCode+exchange or in the mask/wildcard), a rateCenter, city+state or postalCode. */
export type AvailableTelephoneNumberSearchInput = {
  /** Only numbers in this area code (NPA), three digits, e.g. "312". Not with tnMask/tnWildcard. */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** City to search in, e.g. "Naperville" (needs province; at most 32 characters). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers in this exchange (NXX, the three digits after the area code), e.g. "555". Not with tnMask/tnWildcard. */
  exchange?: InputMaybe<Scalars['String']['input']>;
  /** Three-digit LATA. */
  lata?: InputMaybe<Scalars['String']['input']>;
  /** Numbers in the local calling area. */
  localCallingArea?: InputMaybe<Scalars['Boolean']['input']>;
  /** ZIP or postal code to search in: letters, digits and spaces, at most 10 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `state`.
   * @deprecated Use `state`.
   */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Maximum number of results the carrier should find (it may return fewer): 1-9999, or 1-99 with sequential. */
  quantity?: InputMaybe<Scalars['Int']['input']>;
  /** Search radius in miles, 1-50. */
  radius?: InputMaybe<Scalars['Int']['input']>;
  /** Rate center abbreviation, e.g. WSHNGTNZN1. */
  rateCenter?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers in rate centers of this tier. */
  rateCenterTier?: InputMaybe<RateCenterTier>;
  /** On-net numbers only (the account setting may override false). */
  searchOnNetOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Sequential numbers only (up to 99). */
  sequential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Two-letter US state or Canadian province (required with city). */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Exactly 10 characters of 0-9, x, X or space (x/X/space = any digit), e.g. "312xxxxxxx". */
  tnMask?: InputMaybe<Scalars['String']['input']>;
  /** Vanity pattern of 0-9, letters (keypad digits), * (any sequence) and ? (any one character), e.g. "312?Hi*7". */
  tnWildcard?: InputMaybe<Scalars['String']['input']>;
  /** Wireless numbers (the account must be enabled for wireless). */
  wireless?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Sort order of available numbers (like telephoneNumbers and orders). */
export type AvailableTelephoneNumberSort = {
  /** ASC unless given. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: AvailableTelephoneNumberSortField;
};

/** What available numbers can be sorted by. */
export type AvailableTelephoneNumberSortField =
  /** By LATA. */
  | 'LATA'
  /** By rate center abbreviation. */
  | 'RATE_CENTER'
  /** By rate center tier. */
  | 'RATE_CENTER_TIER'
  /** By state or province. */
  | 'STATE'
  /** By number. */
  | 'TN';

/** A toll-free number in the carrier inventory, free to order. */
export type AvailableTollFreeNumber = {
  __typename?: 'AvailableTollFreeNumber';
  /** CICs it is loaded on. */
  cics: Array<Cic>;
  /** Its RespOrg. */
  respOrg?: Maybe<RespOrg>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** An inventory search: exactly one of `mask` or `vanity`. Vanity letters are keypad digits (A-C 2 … W-Z 9), ? is any one digit, * any digits (once, or a contiguous run; required below 10 characters), & repeats the digit before it. */
export type AvailableTollFreeNumberSearch = {
  /** Number pattern: must be exactly 10 characters of 0-9, x or X (x matches any digit), e.g. "877xxxxxxx". */
  mask?: InputMaybe<Scalars['String']['input']>;
  /** How many numbers at most: 1-1000, or 1-10 when sequential. */
  quantity: Scalars['Int']['input'];
  /** Only consecutive numbers. */
  sequential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Vanity pattern, e.g. "844CALLNOW" or "8*FLOWERS": at most 10 characters, may contain only 0-9, letters, *, ? and &. */
  vanity?: InputMaybe<Scalars['String']['input']>;
};

/** The result of an inventory search. */
export type AvailableTollFreeNumbers = {
  __typename?: 'AvailableTollFreeNumbers';
  /** How many were found. */
  count: Scalars['Int']['output'];
  /** The numbers found, at most the quantity asked for. */
  numbers: Array<AvailableTollFreeNumber>;
};

/** Where calls to a number are forwarded. */
export type CallForwarding = {
  __typename?: 'CallForwarding';
  /** The number calls are forwarded to. */
  forwardTo: Scalars['TN']['output'];
};

/** Forwarding for one number: exactly one of forwardTo or remove. */
export type CallForwardingChangeInput = {
  /** Forward calls to this number. */
  forwardTo?: InputMaybe<Scalars['TN']['input']>;
  /** true: stop forwarding. */
  remove?: InputMaybe<Scalars['Boolean']['input']>;
  /** A telephone number or toll-free number of the account. */
  tn: Scalars['TN']['input'];
};

/** Caller ID (CNAM) settings of a number. */
export type CallerId = {
  __typename?: 'CallerId';
  /** Calling name stored in LIDB (up to 15 characters); null when none is stored. */
  callingName?: Maybe<Scalars['String']['output']>;
  /** Whether inbound calls get a CNAM dip. */
  cnamDip?: Maybe<Scalars['Boolean']['output']>;
};

/** Caller ID (CNAM). */
export type CallerIdInput = {
  /** Calling name: at most 15 characters, at least one letter. */
  callingName?: InputMaybe<Scalars['String']['input']>;
  /** CNAM dip on inbound calls; the account default applies when omitted. */
  cnamDip?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A number whose caller name is stored for display on its outbound calls, as the account-wide list reports it. */
export type CallerIdStorageNumber = {
  __typename?: 'CallerIdStorageNumber';
  /** The stored caller name (up to 15 characters); null when the carrier did not say. */
  callingName?: Maybe<Scalars['String']['output']>;
  /**
   * The number with its full record (batched with every other number in the request).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of numbers with a stored caller name. */
export type CallerIdStorageNumberConnection = {
  __typename?: 'CallerIdStorageNumberConnection';
  /** Edges with cursors. */
  edges: Array<CallerIdStorageNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<CallerIdStorageNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of numbers with a stored caller name. */
export type CallerIdStorageNumberEdge = {
  __typename?: 'CallerIdStorageNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The numbers with a stored caller name at this edge. */
  node: CallerIdStorageNumber;
};

/** Cancel a PENDING order. */
export type CancelOrderInput = {
  /** The order to cancel, by id or customerOrderReference. */
  order: OrderReferenceInput;
};

/** Result of cancelOrder. The order moves to PENDING_CANCEL, then CANCELED once the carrier has reviewed it. */
export type CancelOrderPayload = {
  __typename?: 'CancelOrderPayload';
  /**
   * The order as it stands after the cancellation, or as it is when the carrier refused; null when there is no such order or the reference names several.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Why nothing was canceled: input problems, NOT_FOUND (no such order), CONFLICT (several orders carry the customerOrderReference: name the order by id), or the carrier's refusal with its message: WRONG_STATUS (the order is not PENDING), REJECTED (another reason). Empty when the cancellation was accepted. */
  userErrors: Array<UserError>;
};

/** Cancellation of a port-in order. */
export type CancelPortInInput = {
  /** The port-in order. */
  orderId: Scalars['ID']['input'];
};

/** Result of cancelPortIn: the order moves to PENDING_CANCEL, then CANCELED once the carrier reviewed it. */
export type CancelPortInPayload = {
  __typename?: 'CancelPortInPayload';
  /**
   * The port-in order as it stands after the write; null when nothing was written.
   *
   * Carrier: /portInOrderList.
   */
  order?: Maybe<PortInOrder>;
  /** Input problems, NOT_FOUND (no such order), or the carrier's refusal (REJECTED, with its message, e.g. not PENDING). */
  userErrors: Array<UserError>;
};

/** The carrier's health as its health check reports it. An unreachable carrier is an error (UPSTREAM_UNAVAILABLE), not a status. */
export type CarrierHealth = {
  __typename?: 'CarrierHealth';
  /** How long the check took, in milliseconds. */
  latencyMs: Scalars['Int']['output'];
  /** UP, or OTHER; null when the carrier sends no status. */
  status?: Maybe<CarrierHealthStatus>;
  /** The carrier's own status text, e.g. "UP". */
  statusLabel?: Maybe<Scalars['String']['output']>;
};

/** The carrier's services tier as its health check reports it. */
export type CarrierHealthStatus =
  /** Any other answer (the carrier documents no other value): see statusLabel. */
  | 'OTHER'
  /** The services tier is up. */
  | 'UP';

/** A carrier identification code a toll-free number is loaded on. */
export type Cic = {
  __typename?: 'Cic';
  /** Four-digit CIC, e.g. 0913. */
  code: Scalars['String']['output'];
  /** The carrier's company name for it, when known. */
  companyName?: Maybe<Scalars['String']['output']>;
};

/** Whether incoming calls to one of the account's active numbers look up the caller's name (a CNAM dip), as the account-wide list reports it. Change it with updateTelephoneNumberFeatures (features.callerId.cnamDip). */
export type CnamDipSetting = {
  __typename?: 'CnamDipSetting';
  /** True when incoming calls get the caller name looked up; null when the carrier did not say. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /**
   * The number with its full record (batched with every other number in the request).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of caller-name lookup settings. */
export type CnamDipSettingConnection = {
  __typename?: 'CnamDipSettingConnection';
  /** Edges with cursors. */
  edges: Array<CnamDipSettingEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<CnamDipSetting>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of caller-name lookup settings. */
export type CnamDipSettingEdge = {
  __typename?: 'CnamDipSettingEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The caller-name lookup setting at this edge. */
  node: CnamDipSetting;
};

/** Sort order of caller-name lookup settings. */
export type CnamDipSettingSort = {
  /** Ascending (default) or descending. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: CnamDipSortField;
};

/** What to sort caller-name lookup settings by. */
export type CnamDipSortField =
  /** The number's LATA. */
  | 'LATA'
  /** The number's rate center. */
  | 'RATE_CENTER'
  /** The number's state or province. */
  | 'STATE'
  /** The number. */
  | 'TN';

/** Corrections to numbers of a port-in order that the losing carrier rejected (JEOPARDY). */
export type CorrectPortInInput = {
  /** One correction per number, each number once. */
  numbers: Array<PortInCorrectionInput>;
  /** The port-in order. */
  orderId: Scalars['ID']['input'];
};

/** Result of correctPortIn: corrected numbers go back to PENDING_FOC until the losing carrier answers again. */
export type CorrectPortInPayload = {
  __typename?: 'CorrectPortInPayload';
  /**
   * The port-in order as it stands after the correction; null when nothing was written.
   *
   * Carrier: /portInOrderList.
   */
  order?: Maybe<PortInOrder>;
  /** Input problems (a "go together" group given in part, a future authDate), NOT_FOUND (no such order, or a number not on it), WRONG_STATUS (the order is not PENDING, or a number is not in jeopardy), or the carrier's refusal (REJECTED, with its message). */
  userErrors: Array<UserError>;
};

/** How inventoryCoverage groups its counts of available numbers. */
export type CoverageGrouping =
  /** By thousands block (NPA-NXX plus the seventh digit). */
  | 'BLOCK'
  /** By area code and exchange (the carrier default). */
  | 'NPA_NXX'
  /** By rate center. */
  | 'RATE_CENTER'
  /** By state/province. */
  | 'STATE';

/** Open a trouble ticket about a service problem. */
export type CreateTicketInput = {
  /** Contact email address. */
  contactEmail: Scalars['String']['input'];
  /** Who the carrier should contact: first and last name (at most 100 characters). */
  contactName: Scalars['String']['input'];
  /** Contact phone number: ten digits, e.g. "3129894422". */
  contactPhone: Scalars['String']['input'];
  /** Contact phone extension: four digits. */
  contactPhoneExtension?: InputMaybe<Scalars['String']['input']>;
  /** Country of the trouble, three letters (default "USA"). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Your own reference for the ticket (alphanumeric, at most 50 characters). */
  customerTicketReference?: InputMaybe<Scalars['String']['input']>;
  /** What happens, in your words (at most 4000 characters). */
  description: Scalars['String']['input'];
  /** The day the problem was seen (YYYY-MM-DD); not in the future. */
  occurredOn: Scalars['LocalDate']['input'];
  /** The calling number: 1 to 15 digits (1 to 15 digits, e.g. "3125550100" or "442071234567"). */
  originatingNumber: Scalars['String']['input'];
  /** What is wrong. OTHER is not accepted. */
  problem: TicketProblem;
  /** The called number: 1 to 15 digits. */
  terminatingNumber: Scalars['String']['input'];
};

/** Result of createTicket. */
export type CreateTicketPayload = {
  __typename?: 'CreateTicketPayload';
  /**
   * The new ticket, as the carrier now describes it; null when none was opened.
   *
   * Carrier: /ticketDetail.
   */
  ticket?: Maybe<Ticket>;
  /** Why no ticket was opened: input problems (nothing was sent), or REJECTED with the carrier's message. Empty on success. */
  userErrors: Array<UserError>;
};

/** The losing carrier's customer service record (CSR) of a number: the account and end-user data a port-in order needs. A failed lookup is an answer too: `found` is false and `message` says why. */
export type CustomerServiceRecord = {
  __typename?: 'CustomerServiceRecord';
  /** Account number at the losing carrier. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** Account (billing) telephone number. */
  accountTelephoneNumber?: Maybe<Scalars['TN']['output']>;
  /** Service address on one line. */
  address?: Maybe<Scalars['String']['output']>;
  /** Who authorized the account, as the record names them; `PortInNumberInput.authName` takes it. */
  authName?: Maybe<Scalars['String']['output']>;
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Earliest port date the losing carrier accepts. */
  earliestPortDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The end user with the field names of `EndUserInput`, so it prefills `orderPortIn` (numbers[].endUser) as it is: select name, streetNum, streetPreDir, streetName, streetType, streetPostDir, locationType1..3, locationValue1..3, city, state, postalCode and typeOfService (not `status`, which the input does not take, nor `__typename`). With `accountNumber`, `accountTelephoneNumber` and `authName` it fills a `PortInNumberInput` without renaming. Null when the record has no end-user data (a failed lookup). */
  endUser?: Maybe<EndUser>;
  /** End user (subscriber) name. */
  endUserName?: Maybe<Scalars['String']['output']>;
  /** True when the losing carrier returned a record. */
  found: Scalars['Boolean']['output'];
  /** Lines on the account. */
  lineCount?: Maybe<Scalars['Int']['output']>;
  /** Suite, floor and similar parts of the address. */
  locations: Array<AddressLocation>;
  /** The losing carrier. */
  losingCarrier?: Maybe<Scalars['String']['output']>;
  /** The outcome as the carrier words it, e.g. "Failure: Carrier does not support automated CSR lookups". */
  message?: Maybe<Scalars['String']['output']>;
  /** The losing carrier's operating company number (OCN). */
  ocn?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Other numbers on the same account. */
  relatedNumbers: Array<Scalars['TN']['output']>;
  /** Remarks on the record. */
  remarks?: Maybe<Scalars['String']['output']>;
  /** What the losing carrier requires on a port request, e.g. "PIN required". */
  requirements?: Maybe<Scalars['String']['output']>;
  /** Service locations on the account. */
  serviceLocationCount?: Maybe<Scalars['Int']['output']>;
  /** True when the port qualifies as a simple port. */
  simplePort?: Maybe<Scalars['Boolean']['output']>;
  /** Two-letter state or province. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street name. */
  streetName?: Maybe<Scalars['String']['output']>;
  /** Street number. */
  streetNum?: Maybe<Scalars['String']['output']>;
  /** Street direction suffix. */
  streetPostDir?: Maybe<Scalars['String']['output']>;
  /** Street direction prefix. */
  streetPreDir?: Maybe<Scalars['String']['output']>;
  /** Street type. */
  streetType?: Maybe<Scalars['String']['output']>;
  /** The number looked up. */
  tn: Scalars['TN']['output'];
  /** Business or residence. */
  typeOfService?: Maybe<TypeOfService>;
};

/** Directory listing of a number. Fields the carrier leaves out are null. */
export type DirectoryListing = {
  __typename?: 'DirectoryListing';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** First name (residence) or further business name detail (business). */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Last name (residence) or business name (business). */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Location within the address, e.g. "Ste 900". */
  location?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street name. */
  streetName?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. "550". */
  streetNum?: Maybe<Scalars['String']['output']>;
  /** Street direction suffix, e.g. "SW". */
  streetPostDir?: Maybe<Scalars['String']['output']>;
  /** Street direction prefix, e.g. "N". */
  streetPreDir?: Maybe<Scalars['String']['output']>;
  /** Street type, e.g. "St", "Ave". */
  streetType?: Maybe<Scalars['String']['output']>;
};

/** Directory listing. Limits (guide, Character Limits): lastName/firstName 50, streetNum 10, streetPreDir 2, streetName 50, streetType 10, streetPostDir 2, location 30, city 35, state 2, postalCode 10. */
export type DirectoryListingInput = {
  /** City (at most 35 characters). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** First name (residence) or further business name detail (business); at most 50 characters. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Last name (residence) or business name (business); at most 50 characters. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** Location within the address, e.g. "Ste 900" (at most 30 characters). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** ZIP or postal code (at most 10 characters). */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street name (at most 50 characters). */
  streetName?: InputMaybe<Scalars['String']['input']>;
  /** Street number, e.g. "550" (at most 10 characters). */
  streetNum?: InputMaybe<Scalars['String']['input']>;
  /** Street direction suffix, e.g. "SW" (at most 2 characters). */
  streetPostDir?: InputMaybe<Scalars['String']['input']>;
  /** Street direction prefix, e.g. "N" (at most 2 characters). */
  streetPreDir?: InputMaybe<Scalars['String']['input']>;
  /** Street type, e.g. "St", "Ave" (at most 10 characters). */
  streetType?: InputMaybe<Scalars['String']['input']>;
};

/** A number with a directory listing, and the listing, as the account-wide list reports it. */
export type DirectoryListingNumber = {
  __typename?: 'DirectoryListingNumber';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Listed first name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Listed last name or business name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Suite, floor or unit, e.g. "ste 1". */
  location?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street name. */
  streetName?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. "123". */
  streetNum?: Maybe<Scalars['String']['output']>;
  /** Street post-direction, e.g. E. */
  streetPostDir?: Maybe<Scalars['String']['output']>;
  /** Street pre-direction, e.g. W. */
  streetPreDir?: Maybe<Scalars['String']['output']>;
  /** Street type, e.g. St. */
  streetType?: Maybe<Scalars['String']['output']>;
  /**
   * The number with its full record (batched with every other number in the request).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of numbers with a directory listing. */
export type DirectoryListingNumberConnection = {
  __typename?: 'DirectoryListingNumberConnection';
  /** Edges with cursors. */
  edges: Array<DirectoryListingNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<DirectoryListingNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of numbers with a directory listing. */
export type DirectoryListingNumberEdge = {
  __typename?: 'DirectoryListingNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The numbers with a directory listing at this edge. */
  node: DirectoryListingNumber;
};

/** A number on a disconnect order (type DISCONNECT). */
export type DisconnectOrderLine = OrderLine & {
  __typename?: 'DisconnectOrderLine';
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** The In Service numbers to disconnect: give `numbers` (`tns` is its former name; not both). */
export type DisconnectTelephoneNumbersInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** At least one number, at most 100000, no duplicates. */
  numbers?: InputMaybe<Array<Scalars['TN']['input']>>;
  /**
   * The same as `numbers`.
   * @deprecated Use `numbers`.
   */
  tns?: InputMaybe<Array<Scalars['TN']['input']>>;
};

/** Result of disconnectTelephoneNumbers. */
export type DisconnectTelephoneNumbersPayload = {
  __typename?: 'DisconnectTelephoneNumbersPayload';
  /** True only if the carrier disconnected the numbers at once, answering without an order id while accepting at least one number. The carrier normally answers a disconnect with a disconnect order (see order): then it is false, as when nothing was done (every number excluded, see userErrors, or the input was refused). */
  completedSynchronously: Scalars['Boolean']['output'];
  /** Numbers the carrier left out, with its reasons (each also a userError on its input). When validationPending, later exclusions are on order.excludedNumbers instead. */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request: PENDING_DISCONNECT while `order` is open; once it is CLOSED they leave the account.
   *
   * Carrier: /tnDetail.
   */
  numbers: Array<TelephoneNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was created: the carrier completed the request at once, excluded every number, or the input was refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at that number's input item). Empty on full success; when validationPending, later exclusions are on order.excludedNumbers instead. */
  userErrors: Array<UserError>;
  /** True when the carrier accepted a request of more than 100 numbers: it checks such orders after accepting them, so excludedNumbers is empty now even if numbers are invalid. Exclusions appear later on order.excludedNumbers (Order.excludedNumbers); an order whose numbers are all invalid is canceled. */
  validationPending: Scalars['Boolean']['output'];
};

/** In Service toll-free numbers to disconnect. */
export type DisconnectTollFreeNumbersInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** The numbers, at most 100. */
  numbers: Array<Scalars['TN']['input']>;
};

/** Result of disconnectTollFreeNumbers. */
export type DisconnectTollFreeNumbersPayload = {
  __typename?: 'DisconnectTollFreeNumbersPayload';
  /** Numbers the carrier refused, with its reasons (each also a userError). */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (refused ones left out), read back right after it: numbers on an order show their new state once `order` is CLOSED.
   *
   * Carrier: /tfDetail.
   */
  numbers: Array<TollFreeNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was: applied at once, all refused, or input refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number). Empty on full success. */
  userErrors: Array<UserError>;
};

/** E911 service address of a number: where emergency services are sent. Fields the carrier leaves out are null. */
export type E911Address = {
  __typename?: 'E911Address';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Location within the address, e.g. suite or floor. */
  location?: Maybe<Scalars['String']['output']>;
  /** First and last name shown to emergency services. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `city`.
   * @deprecated Use `city`.
   */
  origCity?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `location`.
   * @deprecated Use `location`.
   */
  origLocation?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `postalCode`.
   * @deprecated Use `postalCode`.
   */
  origPostalCode?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `postalCodePlusFour`.
   * @deprecated Use `postalCodePlusFour`.
   */
  origPostalCodePlusFour?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `state`.
   * @deprecated Use `state`.
   */
  origState?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `street`.
   * @deprecated Use `street`.
   */
  origStreetInfo?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `streetNumber`.
   * @deprecated Use `streetNumber`.
   */
  origStreetNum?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** ZIP+4 extension (up to 4 digits). */
  postalCodePlusFour?: Maybe<Scalars['String']['output']>;
  /** Two-letter US state or Canadian province. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street name and type, e.g. "W Adams St". */
  street?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. "233". */
  streetNumber?: Maybe<Scalars['String']['output']>;
};

/** E911 address. Limits: name 32 and location 60 (printable ASCII), streetNumber 10, street 48, city 32, state 2, postalCode 10, postalCodePlusFour 4. When ordering a number, name, streetNumber, street, city, state and postalCode are required. The `orig*` fields are the former names: give each value once, under either name. */
export type E911AddressInput = {
  /** City (at most 32 characters). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Location within the address, e.g. "Suite 900" (at most 60 printable ASCII characters). */
  location?: InputMaybe<Scalars['String']['input']>;
  /** First and last name shown to emergency services (at most 32 printable ASCII characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `city`.
   * @deprecated Use `city`.
   */
  origCity?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `location`.
   * @deprecated Use `location`.
   */
  origLocation?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `postalCode`.
   * @deprecated Use `postalCode`.
   */
  origPostalCode?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `postalCodePlusFour`.
   * @deprecated Use `postalCodePlusFour`.
   */
  origPostalCodePlusFour?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `state`.
   * @deprecated Use `state`.
   */
  origState?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `street`.
   * @deprecated Use `street`.
   */
  origStreetInfo?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `streetNumber`.
   * @deprecated Use `streetNumber`.
   */
  origStreetNum?: InputMaybe<Scalars['String']['input']>;
  /** ZIP or postal code: letters, digits and spaces (Canadian addresses), at most 10 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** ZIP+4 extension: at most 4 digits. */
  postalCodePlusFour?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter US state or Canadian province. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street name and type, e.g. "W Adams St" (at most 48 characters). */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Street number, e.g. "233" (at most 10 characters). */
  streetNumber?: InputMaybe<Scalars['String']['input']>;
};

/** An address the carrier proposes for E911 service. Fields the carrier leaves out are null. */
export type E911CandidateAddress = {
  __typename?: 'E911CandidateAddress';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Country, e.g. "USA"; null on a corrected address. */
  country?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** ZIP+4 extension; null on a corrected address (the carrier sends none). */
  postalCodePlusFour?: Maybe<Scalars['String']['output']>;
  /** Two-letter US state or Canadian province. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street name and type, e.g. "W Adams St". */
  street?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. "550". */
  streetNumber?: Maybe<Scalars['String']['output']>;
};

/** A street address as an E911 list reports it; fields the carrier leaves out or sends blank are null. */
export type E911ListedAddress = {
  __typename?: 'E911ListedAddress';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Suite, floor or unit, e.g. "ste 900". */
  location?: Maybe<Scalars['String']['output']>;
  /** ZIP code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street name with direction and type, e.g. "W Adams St". */
  street?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. "550". */
  streetNum?: Maybe<Scalars['String']['output']>;
};

/** E-mail addresses notified of emergency calls: of one number (`tn`), or, without `tn`, of the account (alerts about numbers without E911). */
export type E911NotificationEmailsInput = {
  /** 1 to 10 fully qualified e-mail addresses (at most 254 characters each); a list holds at most 10. */
  emails: Array<Scalars['String']['input']>;
  /** A number of the account; omit it for the account-wide list. */
  tn?: InputMaybe<Scalars['TN']['input']>;
};

/** A number with E911 service and its address, as the account-wide list reports it. */
export type E911Number = {
  __typename?: 'E911Number';
  /** The address as provisioned. */
  address: E911ListedAddress;
  /** The carrier's enhanced (validated) form of the address; null when the carrier gives none. */
  enhancedAddress?: Maybe<E911ListedAddress>;
  /** Name shown to emergency services. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * The number with its full record (batched with every other number in the request).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of numbers with E911. */
export type E911NumberConnection = {
  __typename?: 'E911NumberConnection';
  /** Edges with cursors. */
  edges: Array<E911NumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<E911Number>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of numbers with E911. */
export type E911NumberEdge = {
  __typename?: 'E911NumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The numbers with E911 at this edge. */
  node: E911Number;
};

/** Whether a number has E911 service. */
export type E911Status =
  /** No E911 address is provisioned on the number. */
  | 'NOT_PROVISIONED'
  /** An E911 address is provisioned: emergency calls are routed with it. */
  | 'PROVISIONED';

/** How the carrier judged an E911 address. */
export type E911ValidationResult =
  /** Close enough: the carrier corrected it; use `corrected` (carrier result 1). */
  | 'CORRECTED'
  /** Not close enough; `candidates` may list addresses to pick from (carrier result 2). */
  | 'INVALID'
  /** The address is valid as sent (carrier result 0). */
  | 'VALID';

/** The end user (subscriber) of a number, as the carrier stores it, used for CNAM and directory listing. Fields the carrier leaves out are null. */
export type EndUser = {
  __typename?: 'EndUser';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Location type 1, e.g. SUITE. */
  locationType1?: Maybe<Scalars['String']['output']>;
  /** Location type 2, e.g. FLR. */
  locationType2?: Maybe<Scalars['String']['output']>;
  /** Location type 3. */
  locationType3?: Maybe<Scalars['String']['output']>;
  /** Location value 1, e.g. "2B" (goes with locationType1). */
  locationValue1?: Maybe<Scalars['String']['output']>;
  /** Location value 2 (goes with locationType2). */
  locationValue2?: Maybe<Scalars['String']['output']>;
  /** Location value 3 (goes with locationType3). */
  locationValue3?: Maybe<Scalars['String']['output']>;
  /** End user name. */
  name?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state. */
  state?: Maybe<Scalars['String']['output']>;
  /** Where the carrier stands with this end-user record on an order (carrier endUser.status, e.g. "Received"); null outside an order line. */
  status?: Maybe<Scalars['String']['output']>;
  /** Street name, e.g. "Winding". */
  streetName?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. "100". */
  streetNum?: Maybe<Scalars['String']['output']>;
  /** Street post-direction, e.g. SW. */
  streetPostDir?: Maybe<Scalars['String']['output']>;
  /** Street pre-direction, e.g. N. */
  streetPreDir?: Maybe<Scalars['String']['output']>;
  /** Street type, e.g. AVE. */
  streetType?: Maybe<Scalars['String']['output']>;
  /** Business or residence service. */
  typeOfService?: Maybe<TypeOfService>;
};

/** End user (subscriber) of the number. Limits (guide, Character Limits): name 32, streetNum 10, streetPreDir 2, streetName 50, streetType 10, city 32, state 2, postalCode 10. */
export type EndUserInput = {
  /** City (at most 32 characters). */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Location type 1, e.g. "Bld", "Apt". */
  locationType1?: InputMaybe<Scalars['String']['input']>;
  /** Location type 2, e.g. "Flr", "Ste". */
  locationType2?: InputMaybe<Scalars['String']['input']>;
  /** Location type 3, e.g. "Flr", "Ste". */
  locationType3?: InputMaybe<Scalars['String']['input']>;
  /** Location value 1, e.g. "1", "2B". */
  locationValue1?: InputMaybe<Scalars['String']['input']>;
  /** Location value 2, e.g. "900". */
  locationValue2?: InputMaybe<Scalars['String']['input']>;
  /** Location value 3. */
  locationValue3?: InputMaybe<Scalars['String']['input']>;
  /** End user name (at most 32 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** ZIP or postal code: letters, digits and spaces, at most 10 characters. */
  postalCode?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Street name (at most 50 characters). */
  streetName?: InputMaybe<Scalars['String']['input']>;
  /** Street number, e.g. "100" (at most 10 characters). */
  streetNum?: InputMaybe<Scalars['String']['input']>;
  /** Street direction suffix, e.g. "SW". */
  streetPostDir?: InputMaybe<Scalars['String']['input']>;
  /** Street direction prefix, e.g. "N" (at most 2 characters). */
  streetPreDir?: InputMaybe<Scalars['String']['input']>;
  /** Street type, e.g. "St", "Ave" (at most 10 characters). */
  streetType?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to BUSINESS at the carrier when a calling name or listing is sent. */
  typeOfService?: InputMaybe<TypeOfService>;
};

/**
 * A number whose E911 address the carrier could not accept, with the address as sent.
 *
 * Carrier: /excludedE911Detail.
 */
export type ExcludedE911Address = {
  __typename?: 'ExcludedE911Address';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** The carrier user who placed the order. */
  excludedBy?: Maybe<Scalars['String']['output']>;
  /** When it was excluded (YYYY-MM-DD). */
  excludedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Floor, suite or other location. */
  location?: Maybe<Scalars['String']['output']>;
  /** Name at the address. */
  name?: Maybe<Scalars['String']['output']>;
  /** Postal or ZIP code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** ZIP+4 extension. */
  postalCodePlusFour?: Maybe<Scalars['String']['output']>;
  /** Every reason the carrier gave, one per item. */
  reasons: Array<Scalars['String']['output']>;
  /** Two-letter state or province. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street. */
  street?: Maybe<Scalars['String']['output']>;
  /** Street number. */
  streetNumber?: Maybe<Scalars['String']['output']>;
  /** The number. */
  tn: Scalars['TN']['output'];
};

/**
 * A feature the order could not provision on one of its numbers.
 *
 * Carrier: /excludedFeatureList.
 */
export type ExcludedFeature = {
  __typename?: 'ExcludedFeature';
  /** Which feature, read from the reason. */
  feature: ExcludedFeatureKind;
  /** Why, in the carrier's words, e.g. "Directory Listing is not supported". */
  reason?: Maybe<Scalars['String']['output']>;
  /** The number. */
  tn: Scalars['TN']['output'];
};

/** Which feature was left out. The carrier names it only inside its reason, so this is read from that text. */
export type ExcludedFeatureKind =
  /** Caller ID name (CNAM). */
  | 'CALLER_ID'
  /** Directory listing. */
  | 'DIRECTORY_LISTING'
  /** E911 address. */
  | 'E911'
  /** Text and picture messaging. */
  | 'MESSAGING'
  /** A feature this gateway cannot tell from the reason; see reason. */
  | 'OTHER'
  /** Port-out PIN. */
  | 'PORT_OUT_PIN';

/** A number the carrier left out of an order or request, and why. */
export type ExcludedTelephoneNumber = {
  __typename?: 'ExcludedTelephoneNumber';
  /** Why the number was left out: EXCLUDED (see `reason`), or ALREADY_RESERVED when your account already holds it reserved. */
  code: UserErrorCode;
  /** Your reference of that order (carrier customerOrderReference), when it has one. */
  customerOrderReference?: Maybe<Scalars['String']['output']>;
  /** Display name of the carrier user (carrier displayName), e.g. "test.user@customer.com". */
  displayName?: Maybe<Scalars['String']['output']>;
  /** Date the carrier excluded the number (carrier insertDate), YYYY-MM-DD: the carrier reports a date, not a time. Null for exclusions a write reports at once. */
  excludedOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The order the number was left out of.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Order the number was excluded from (see `order`); null for a request that created no order. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Carrier reason (excludedReason), e.g. "TN is on an existing order". */
  reason?: Maybe<Scalars['String']['output']>;
  /** The excluded ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A number on a feature order (product Telephone Number feature, or a messaging-only change): `features` and `featureStatus` say what changes and how far it got. */
export type FeatureChangeOrderLine = OrderLine & {
  __typename?: 'FeatureChangeOrderLine';
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** Features to remove (true removes it; the carrier removeTnFeature Y). */
export type FeatureRemovalInput = {
  /** Remove the calling name (LIDB storage). */
  callerId?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the directory listing. */
  directoryListing?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the E911 address. */
  e911?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove messaging (SMS/MMS) from the number. */
  messaging?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Pending feature requests to withdraw (the carrier cancelFeatureRequest Y): true withdraws it. */
export type FeatureRequestCancellationInput = {
  /** Withdraw the caller ID (calling name) request. */
  callerId?: InputMaybe<Scalars['Boolean']['input']>;
  /** Withdraw the directory listing request. */
  directoryListing?: InputMaybe<Scalars['Boolean']['input']>;
  /** Withdraw the E911 request. */
  e911?: InputMaybe<Scalars['Boolean']['input']>;
  /** Withdraw the messaging request. */
  messaging?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Features to add or update; omitted features are left as they are. */
export type FeaturesInput = {
  /** Caller ID (CNAM): calling name and CNAM dip. */
  callerId?: InputMaybe<CallerIdInput>;
  /** Directory listing. */
  directoryListing?: InputMaybe<DirectoryListingInput>;
  /** E911 service address. */
  e911?: InputMaybe<E911AddressInput>;
  /** Messaging (SMS/MMS) enablement. */
  messaging?: InputMaybe<MessagingInput>;
};

/** Count of available numbers for one group of the chosen grouping. */
export type InventoryCoverageEntry = {
  __typename?: 'InventoryCoverageEntry';
  /** Thousands block digit (BLOCK grouping). */
  block?: Maybe<Scalars['String']['output']>;
  /** Number of available numbers in this group. */
  count: Scalars['Int']['output'];
  /** Three-digit LATA. */
  lata?: Maybe<Scalars['String']['output']>;
  /** Area code (NPA). */
  npa?: Maybe<Scalars['String']['output']>;
  /** Exchange (NXX). */
  nxx?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `state`.
   * @deprecated Use `state`.
   */
  province?: Maybe<Scalars['String']['output']>;
  /** Rate center abbreviation. */
  rateCenter?: Maybe<Scalars['String']['output']>;
  /** Two-letter US state or Canadian province, e.g. "IL". */
  state?: Maybe<Scalars['String']['output']>;
};

/** Why the losing carrier rejected a port request (the carrier's 18 rejection reasons). */
export type JeopardyReason =
  /** "Address remaining services on account". */
  | 'ADDRESS_REMAINING_SERVICES'
  /** "All data mismatch". */
  | 'ALL_DATA_MISMATCH'
  /** "Auth name mismatch". */
  | 'AUTH_NAME_MISMATCH'
  /** "Invalid account number". */
  | 'INVALID_ACCOUNT_NUMBER'
  /** "Invalid address". */
  | 'INVALID_ADDRESS'
  /** "Invalid BTN". */
  | 'INVALID_BTN'
  /** "Invalid end user name". */
  | 'INVALID_END_USER_NAME'
  /** "Invalid zip code". */
  | 'INVALID_ZIP_CODE'
  /** "Local Service Freeze on account". */
  | 'LOCAL_SERVICE_FREEZE'
  /** "Need LOA (dated within 30 days)": attach a new letter of authorization to the order. */
  | 'NEED_LOA'
  /** "New BTN needed for partial port". */
  | 'NEW_BTN_NEEDED'
  /** "No ICA with Carrier". */
  | 'NO_ICA_WITH_CARRIER'
  /** "Other Reject – Please see notes". */
  | 'OTHER'
  /** "PIN required/invalid". */
  | 'PIN_REQUIRED_INVALID'
  /** "TNs belong on different accounts". */
  | 'TNS_ON_DIFFERENT_ACCOUNTS'
  /** "TN inactive/disconnected". */
  | 'TN_INACTIVE_DISCONNECTED'
  /** "TN not portable". */
  | 'TN_NOT_PORTABLE'
  /** "TN on a pending request". */
  | 'TN_ON_PENDING_REQUEST';

/** A LATA (local access and transport area). */
export type Lata = {
  __typename?: 'Lata';
  /** Three-digit LATA code, e.g. "358". */
  code: Scalars['String']['output'];
};

/** Messaging class: person-to-person, application-to-person long code, or A2P toll free. */
export type MessageClass =
  /** Application to person over a toll-free number. */
  | 'A2P8XX'
  /** Application to person over a long code (10DLC). */
  | 'A2PLC'
  /** Person to person. */
  | 'P2P';

/** Messaging type enabled on a number. The _ALT values are variants the carrier lists without defining them: prefer SMS, MMS or SMSMMS. */
export type MessageType =
  /** Multimedia messages (MMS) only. */
  | 'MMS'
  /** MMS only, the carrier's _ALT variant. */
  | 'MMS_ALT'
  /** Text messages (SMS) only. */
  | 'SMS'
  /** Both text (SMS) and multimedia (MMS) messages. */
  | 'SMSMMS'
  /** SMS and MMS, the carrier's _ALT variant. */
  | 'SMSMMS_ALT'
  /** SMS only, the carrier's _ALT variant. */
  | 'SMS_ALT';

/** A messaging campaign registered for the account: numbers send application messages under it. */
export type MessagingCampaign = Node & {
  __typename?: 'MessagingCampaign';
  /** Whether the campaign is billable; null when the carrier does not say. */
  billable?: Maybe<Scalars['Boolean']['output']>;
  /** The campaign id as the carrier issued it, e.g. "CXFXN8B". */
  campaignId: Scalars['String']['output'];
  /** What the campaign is for. */
  description?: Maybe<Scalars['String']['output']>;
  /** When the campaign ends; null when it is open-ended. */
  endsAt?: Maybe<Scalars['DateTime']['output']>;
  /** Stable global id of this campaign. */
  id: Scalars['ID']['output'];
  /** When the campaign starts. */
  startsAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The numbers the campaign is assigned to, ordered by number. The account-wide assignment list is read once per request; the page's numbers are read in one batch with every other number in the request.
   *
   * Carrier: /tnMessagingCampaignList, /tnDetail.
   */
  telephoneNumbers: TelephoneNumberConnection;
};


/** A messaging campaign registered for the account: numbers send application messages under it. */
export type MessagingCampaignTelephoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of messaging campaigns. */
export type MessagingCampaignConnection = {
  __typename?: 'MessagingCampaignConnection';
  /** Edges with cursors. */
  edges: Array<MessagingCampaignEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<MessagingCampaign>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of messaging campaigns. */
export type MessagingCampaignEdge = {
  __typename?: 'MessagingCampaignEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The messaging campaign at this edge. */
  node: MessagingCampaign;
};

/** Messaging (SMS/MMS) enablement of a number. */
export type MessagingFeature = {
  __typename?: 'MessagingFeature';
  /** Messaging class: P2P, A2PLC or A2P8XX. */
  messageClass?: Maybe<MessageClass>;
  /** Messaging type: SMS, MMS or both. */
  messageType?: Maybe<MessageType>;
  /** NNID the number routes messages to. */
  netNumberId?: Maybe<Scalars['String']['output']>;
};

/** Messaging enablement. When ordering a number, messageClass and messageType are required. */
export type MessagingInput = {
  /** Messaging class: P2P, A2PLC or A2P8XX (required when ordering a number). */
  messageClass?: InputMaybe<MessageClass>;
  /** Messaging type: SMS, MMS or both (required when ordering a number). */
  messageType?: InputMaybe<MessageType>;
  /** NNID (at most 10 characters, configured on the account); the account default applies when omitted. */
  netNumberId?: InputMaybe<Scalars['String']['input']>;
};

/** A number with messaging, and its class and type, as the account-wide list reports it. */
export type MessagingNumber = {
  __typename?: 'MessagingNumber';
  /** Messaging class; null when the carrier sends one not listed here (see messageClassLabel). */
  messageClass?: Maybe<MessageClass>;
  /** The carrier's own messaging class text, e.g. P2P. */
  messageClassLabel?: Maybe<Scalars['String']['output']>;
  /** Messaging type; null when the carrier sends one not listed here (see messageTypeLabel). */
  messageType?: Maybe<MessageType>;
  /** The carrier's own messaging type text, e.g. SMS. */
  messageTypeLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The number with its full record (batched with every other number in the request).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** A page of numbers with messaging. */
export type MessagingNumberConnection = {
  __typename?: 'MessagingNumberConnection';
  /** Edges with cursors. */
  edges: Array<MessagingNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<MessagingNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of numbers with messaging. */
export type MessagingNumberEdge = {
  __typename?: 'MessagingNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The numbers with messaging at this edge. */
  node: MessagingNumber;
};

/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Start the port of groups of an on-demand port-in whose port date has come (see PortInOrder.activationGroups). Each group gets its own result.
   *
   * Carrier: /portInOrderActivate, /portInOrderList.
   */
  activatePortIn?: Maybe<ActivatePortInPayload>;
  /**
   * Add e-mail addresses to a number's E911 notification list (or, without `tn`, to the account's); addresses already listed stay. A list holds at most 10.
   *
   * Carrier: /tnE911Notification, /customerE911Notification.
   */
  addE911NotificationEmails?: Maybe<AddE911NotificationEmailsPayload>;
  /**
   * Attach a file to an order, e.g. a letter of authorisation, naming the order by its id or your customerOrderReference. Bad base64, an over-limit size or a bad order key are refused before any call.
   *
   * Carrier: /orderAddDocument.
   */
  addOrderDocument?: Maybe<AddOrderDocumentPayload>;
  /**
   * Add a note to an order, by id or by your customerOrderReference. An unknown order (NOT_FOUND) or a reference several orders carry (CONFLICT) is a userError.
   *
   * Carrier: /orderAddNote, /orderList, /orderNote.
   */
  addOrderNote?: Maybe<AddOrderNotePayload>;
  /**
   * Attach a file to a trouble ticket.
   *
   * Carrier: /ticketAddDocument.
   */
  addTicketDocument?: Maybe<AddTicketDocumentPayload>;
  /**
   * Add a note to a trouble ticket.
   *
   * Carrier: /ticketAddNote.
   */
  addTicketNote?: Maybe<AddTicketNotePayload>;
  /**
   * Approve every number of a port-out order that was not rejected, as the losing carrier; they leave on the port date.
   *
   * Carrier: /portOutApproval.
   */
  approvePortOut?: Maybe<ApprovePortOutPayload>;
  /**
   * Send messages from these numbers under a campaign (replacing the campaign they had). One carrier call for all the numbers; it applies at once.
   *
   * Carrier: /tnMessagingCampaign.
   */
  assignMessagingCampaign?: Maybe<AssignMessagingCampaignPayload>;
  /**
   * Cancel a PENDING order, by id or by your customerOrderReference. An unknown order (NOT_FOUND), a reference several orders carry (CONFLICT) or an order in another status (WRONG_STATUS) is a userError.
   *
   * Carrier: /orderCancel, /orderList, /orderDetail.
   */
  cancelOrder?: Maybe<CancelOrderPayload>;
  /**
   * Cancel a pending port-in order: it moves to PENDING_CANCEL until the carrier has reviewed it.
   *
   * Carrier: /orderCancel, /portInOrderList.
   */
  cancelPortIn?: Maybe<CancelPortInPayload>;
  /**
   * Correct numbers of a pending port-in that the losing carrier rejected (status JEOPARDY, see jeopardyReason): new account data, account PIN or end user. Each corrected number goes back to PENDING_FOC and the losing carrier is asked again.
   *
   * Carrier: /orderDetail, /orderUpdate, /portInOrderList.
   */
  correctPortIn?: Maybe<CorrectPortInPayload>;
  /**
   * Open a trouble ticket about a service problem.
   *
   * Carrier: /ticketCreate.
   */
  createTicket?: Maybe<CreateTicketPayload>;
  /**
   * Disconnect In Service numbers.
   *
   * Carrier: /tnDisconnect.
   */
  disconnectTelephoneNumbers?: Maybe<DisconnectTelephoneNumbersPayload>;
  /**
   * Disconnect In Service toll-free numbers: Pending Disconnect now, gone when the order closes.
   *
   * Carrier: /tfDisconnect.
   */
  disconnectTollFreeNumbers?: Maybe<DisconnectTollFreeNumbersPayload>;
  /**
   * Order numbers ported in from other carriers, each with its account data, end user and features. The carrier answers an order id at once and checks the numbers in the background.
   *
   * Carrier: /portInOrder, /portInOrderList.
   */
  orderPortIn?: Maybe<OrderPortInPayload>;
  /**
   * Order numbers from inventory with per-number trunk group, port-out PIN, note, end user and features. Small orders without features complete at once (no order is created); orders of more than 100 numbers are validated by the carrier after it accepts them (see validationPending).
   *
   * Carrier: /tnOrder.
   */
  orderTelephoneNumbers?: Maybe<OrderTelephoneNumbersPayload>;
  /**
   * Bring toll-free numbers to the account on a routing label: load your own onto the carrier, port them in, or order them from inventory (active at once).
   *
   * Carrier: /tfOrder.
   */
  orderTollFreeNumbers?: Maybe<OrderTollFreeNumbersPayload>;
  /**
   * Provision or replace the E911 address of one number, at once. The carrier validates it first: a CORRECTED address is provisioned as corrected; an INVALID one is refused (a userError on the address: validate it with validateE911Address and pick a candidate).
   *
   * Carrier: /tnE911.
   */
  provisionE911?: Maybe<ProvisionE911Payload>;
  /**
   * Refuse one number of a port-out order, as the losing carrier, with a reason; the other numbers go on.
   *
   * Carrier: /tnPortOutReject.
   */
  rejectPortOut?: Maybe<RejectPortOutPayload>;
  /**
   * Release reserved numbers back to inventory.
   *
   * Carrier: /tnRelease.
   */
  releaseTelephoneNumbers?: Maybe<ReleaseTelephoneNumbersPayload>;
  /**
   * Remove the E911 address of one number, at once.
   *
   * Carrier: /tnE911.
   */
  removeE911?: Maybe<RemoveE911Payload>;
  /**
   * Remove e-mail addresses from a number's E911 notification list (or, without `tn`, from the account's).
   *
   * Carrier: /tnE911Notification, /customerE911Notification.
   */
  removeE911NotificationEmails?: Maybe<RemoveE911NotificationEmailsPayload>;
  /**
   * Stop these numbers sending under their campaign. One carrier call for all the numbers; it applies at once.
   *
   * Carrier: /tnMessagingCampaign.
   */
  removeMessagingCampaign?: Maybe<RemoveMessagingCampaignPayload>;
  /**
   * Give a routing label your own name; the carrier label numbers route on stays.
   *
   * Carrier: /routingLabelUpdate.
   */
  renameRoutingLabel?: Maybe<RenameRoutingLabelPayload>;
  /**
   * Ask the carrier for new numbers: how many, and optionally where (area code and exchange, rate center, LATA, state). The carrier answers with an order; with activate the numbers become yours, In Service on trunkGroupName once the order closes; without it they are added to inventory (see availableTelephoneNumbers).
   *
   * Carrier: /tnRequest.
   */
  requestTelephoneNumbers?: Maybe<RequestTelephoneNumbersPayload>;
  /**
   * Reserve available numbers for up to four hours, so nobody else can order them. Numbers you already hold come back as ALREADY_RESERVED userErrors; going over the most numbers your account may hold reserved is a LIMIT_REACHED userError and reserves none.
   *
   * Carrier: /tnReserve, /tnReservedList.
   */
  reserveTelephoneNumbers?: Maybe<ReserveTelephoneNumbersPayload>;
  /**
   * Change some of the account defaults; everything not given keeps its value. One read of the current settings, one write.
   *
   * Carrier: /accountDefaultDetail, /accountDefault.
   */
  updateAccountSettings?: Maybe<UpdateAccountSettingsPayload>;
  /**
   * Set or stop call forwarding on telephone numbers and toll-free numbers (one carrier call per kind of number present).
   *
   * Carrier: /tnForward, /tfForward.
   */
  updateCallForwarding?: Maybe<UpdateCallForwardingPayload>;
  /**
   * Enable, change or remove messaging (SMS/MMS) on one number; it applies at once.
   *
   * Carrier: /tnMessaging.
   */
  updateMessaging?: Maybe<UpdateMessagingPayload>;
  /**
   * Change a PENDING order: its due date, port time and zone, on-demand activation, and per number the trunk group, port-out PIN, note, end user, features (request, change or withdraw), port-in account data, or take a number off the order. Fields the carrier needs together (port time and zone; the four account fields; the end user address; the E911 address) are refused when given in part, before any call. An order named by customerOrderReference is first resolved to its id.
   *
   * Carrier: /orderDetail, /orderUpdate, /orderList.
   */
  updateOrder?: Maybe<UpdateOrderPayload>;
  /**
   * Set port-out protection PINs on In Service numbers.
   *
   * Carrier: /portOutPinUpdate.
   */
  updatePortOutPin?: Maybe<UpdatePortOutPinPayload>;
  /**
   * Add, update or remove caller ID, directory listing, E911 and messaging on In Service numbers.
   *
   * Carrier: /tnFeatureOrder.
   */
  updateTelephoneNumberFeatures?: Maybe<UpdateTelephoneNumberFeaturesPayload>;
  /**
   * Set notes on In Service numbers.
   *
   * Carrier: /tnNoteUpdate.
   */
  updateTelephoneNumberNote?: Maybe<UpdateTelephoneNumberNotePayload>;
  /**
   * Move In Service numbers to other trunk groups.
   *
   * Carrier: /tnUpdate.
   */
  updateTelephoneNumberTrunkGroup?: Maybe<UpdateTelephoneNumberTrunkGroupPayload>;
  /**
   * Add, change or remove caller ID, messaging and E911 on toll-free numbers, applied when the order closes.
   *
   * Carrier: /tfFeatureOrder.
   */
  updateTollFreeNumberFeatures?: Maybe<UpdateTollFreeNumberFeaturesPayload>;
  /**
   * Move In Service toll-free numbers to another routing label, applied as the order routes them.
   *
   * Carrier: /tfUpdate.
   */
  updateTollFreeNumberRouting?: Maybe<UpdateTollFreeNumberRoutingPayload>;
  /**
   * Set, enable, disable or remove the voice platform script of numbers; it applies at once.
   *
   * Carrier: /voiceScript.
   */
  updateVoiceScript?: Maybe<UpdateVoiceScriptPayload>;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationActivatePortInArgs = {
  input: ActivatePortInInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationAddE911NotificationEmailsArgs = {
  input: E911NotificationEmailsInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationAddOrderDocumentArgs = {
  input: AddOrderDocumentInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationAddOrderNoteArgs = {
  input: AddOrderNoteInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationAddTicketDocumentArgs = {
  input: AddTicketDocumentInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationAddTicketNoteArgs = {
  input: AddTicketNoteInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationApprovePortOutArgs = {
  input: ApprovePortOutInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationAssignMessagingCampaignArgs = {
  input: AssignMessagingCampaignInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationCancelOrderArgs = {
  input: CancelOrderInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationCancelPortInArgs = {
  input: CancelPortInInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationCorrectPortInArgs = {
  input: CorrectPortInInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationCreateTicketArgs = {
  input: CreateTicketInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationDisconnectTelephoneNumbersArgs = {
  input: DisconnectTelephoneNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationDisconnectTollFreeNumbersArgs = {
  input: DisconnectTollFreeNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationOrderPortInArgs = {
  input: OrderPortInInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationOrderTelephoneNumbersArgs = {
  input: OrderTelephoneNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationOrderTollFreeNumbersArgs = {
  input: OrderTollFreeNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationProvisionE911Args = {
  input: ProvisionE911Input;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationRejectPortOutArgs = {
  input: RejectPortOutInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationReleaseTelephoneNumbersArgs = {
  input: TelephoneNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationRemoveE911Args = {
  input: RemoveE911Input;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationRemoveE911NotificationEmailsArgs = {
  input: E911NotificationEmailsInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationRemoveMessagingCampaignArgs = {
  input: RemoveMessagingCampaignInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationRenameRoutingLabelArgs = {
  input: RenameRoutingLabelInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationRequestTelephoneNumbersArgs = {
  input: RequestTelephoneNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationReserveTelephoneNumbersArgs = {
  input: TelephoneNumbersInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateAccountSettingsArgs = {
  input: UpdateAccountSettingsInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateCallForwardingArgs = {
  input: UpdateCallForwardingInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateMessagingArgs = {
  input: UpdateMessagingInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateOrderArgs = {
  input: UpdateOrderInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdatePortOutPinArgs = {
  input: UpdatePortOutPinInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateTelephoneNumberFeaturesArgs = {
  input: UpdateTelephoneNumberFeaturesInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateTelephoneNumberNoteArgs = {
  input: UpdateTelephoneNumberNoteInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateTelephoneNumberTrunkGroupArgs = {
  input: UpdateTelephoneNumberTrunkGroupInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateTollFreeNumberFeaturesArgs = {
  input: UpdateTollFreeNumberFeaturesInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateTollFreeNumberRoutingArgs = {
  input: UpdateTollFreeNumberRoutingInput;
};


/** Writes to the carrier: reserve, order, change and disconnect numbers; cancel orders and add notes. Input problems and carrier refusals the caller can act on come back as `userErrors`; nothing is retried. */
export type MutationUpdateVoiceScriptArgs = {
  input: UpdateVoiceScriptInput;
};

/** An entity with a stable, globally unique `id`: fetch it again with `node(id:)`, and let client caches key it by `id`. */
export type Node = {
  /** Stable global id of this entity; opaque, except that an order id is the carrier order id itself. */
  id: Scalars['ID']['output'];
};

/** A number and its new note. */
export type NoteAssignmentInput = {
  /** The note (at most 4000 characters); it replaces the number's current note. */
  note: Scalars['String']['input'];
  /** An In Service number of the account. */
  tn: Scalars['TN']['input'];
};

/** What may be provisioned on a number once ordered. */
export type NumberCapabilities = {
  __typename?: 'NumberCapabilities';
  /** Caller ID (the callerId feature: calling name / CNAM) allowed. */
  callerId: Scalars['Boolean']['output'];
  /** Directory listing allowed. */
  directoryListing: Scalars['Boolean']['output'];
  /** E911 allowed. */
  e911: Scalars['Boolean']['output'];
  /** Messaging allowed. */
  messaging: Scalars['Boolean']['output'];
  /** MMS allowed (inventory only). */
  mms?: Maybe<Scalars['Boolean']['output']>;
  /** MMS override allowed (inventory only). */
  mmsOverride?: Maybe<Scalars['Boolean']['output']>;
  /** Port-out notification supported. */
  portOutNotification: Scalars['Boolean']['output'];
  /** Port-out PIN protection supported. */
  portOutPin: Scalars['Boolean']['output'];
  /** SMS override allowed (inventory only). */
  smsOverride?: Maybe<Scalars['Boolean']['output']>;
};

/** Feature changes for one number. */
export type NumberFeatureChangeInput = {
  /** End user to set with the features. */
  endUser?: InputMaybe<EndUserInput>;
  /** Features to add or update. */
  features?: InputMaybe<FeaturesInput>;
  /** Features to remove. */
  remove?: InputMaybe<FeatureRemovalInput>;
  /** An In Service number of the account. */
  tn: Scalars['TN']['input'];
};

/** A number on a new-number order (product Telephone Number or messaging-only, type NEW). */
export type NumberOrderLine = OrderLine & {
  __typename?: 'NumberOrderLine';
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/**
 * An order with the carrier: new numbers, feature changes, trunk group changes, disconnects, port-ins, port-outs and toll-free orders. `product` tells them apart, and each line is typed by product (`... on PortInOrderLine`, `... on TollFreeOrderLine` …): it says what the order does to one number.
 *
 * Carrier: /orderList, /orderDetail.
 */
export type Order = Node & {
  __typename?: 'Order';
  /**
   * When the order was created (carrier createdDate), in UTC, to the millisecond. Only the order detail reports the time of day (the order list gives the date, see createdOn), so an order that came from a list reads the order detail, the same batched read as `lines` and `numbers`. Null when the carrier reports no time.
   *
   * Carrier: /orderDetail.
   */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Carrier user who submitted the order (carrier createdUser), e.g. "api_user". */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Calendar date the order was created (carrier createdDate), YYYY-MM-DD as the carrier reports it. Read with the order itself, whether it came from a list or by id: no extra carrier call. See createdAt for the time. */
  createdOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Your own reference given when the order was placed (carrier customerOrderReference). */
  customerOrderReference?: Maybe<Scalars['String']['output']>;
  /** Desired due date (carrier desiredDueDate): a calendar date, YYYY-MM-DD, as the carrier writes it (some answers send it as a midnight timestamp; no time of day is meant). */
  desiredDueDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Desired port time of a port-in (carrier desiredPortTime): time of day and zone as the carrier writes it, e.g. "09:00 US/Central". Not a timestamp: it goes with desiredDueDate. */
  desiredPortTime?: Maybe<Scalars['String']['output']>;
  /**
   * Files attached to the order (one read per order, batched and de-duplicated).
   *
   * Carrier: /orderDocument.
   */
  documents: Array<OrderDocument>;
  /**
   * Numbers whose E911 address the carrier could not accept, with the address and reasons; empty when none.
   *
   * Carrier: /excludedE911Detail.
   */
  excludedE911Addresses: Array<ExcludedE911Address>;
  /**
   * Features the order could not provision, per number, with the reason; empty when none.
   *
   * Carrier: /excludedFeatureList.
   */
  excludedFeatures: Array<ExcludedFeature>;
  /**
   * Numbers the carrier left out of this order, and why.
   *
   * Carrier: /excludedTnList.
   */
  excludedNumbers?: Maybe<Array<ExcludedTelephoneNumber>>;
  /** The carrier order id, e.g. "1025001": quote it to support; `node(id:)` reads the order back from it. */
  id: Scalars['ID']['output'];
  /**
   * When the carrier last changed the order (carrier lastModifiedString, e.g. "20151222145729830902000-0500": yyyyMMddHHmmss, nanoseconds, UTC offset), in UTC, to the millisecond. Only the order list reports it, so an order read by id or reference costs one more order-list read.
   *
   * Carrier: /orderList.
   */
  lastModifiedAt?: Maybe<Scalars['DateTime']['output']>;
  /**
   * The numbers on the order, a page at a time, each with what the order asks for it and where it stands. One read of the order serves every page and `numbers`.
   *
   * Carrier: /orderDetail.
   */
  lines?: Maybe<OrderLineConnection>;
  /**
   * Notes on the order, newest first.
   *
   * Carrier: /orderNote.
   */
  notes?: Maybe<Array<OrderNote>>;
  /** Number of telephone numbers on the order (carrier tnQuantity, else the lines of the order detail). */
  numberCount?: Maybe<Scalars['Int']['output']>;
  /**
   * The order's numbers that are assigned to the account now, a page at a time: a page holds the page of `lines` less the numbers not (or no longer) assigned, and totalCount counts every number on the order. The numbers of all orders in one request are read together.
   *
   * Carrier: /orderDetail, /tnDetail.
   */
  numbers?: Maybe<TelephoneNumberConnection>;
  /**
   * A port-in order's port-in side: its numbers counted by status and port date, its rejections and activation groups. The port-in orders of one request are read together (a page of the newest 500, then any older one by id); null, with no carrier call, for every other product.
   *
   * Carrier: /portInOrderList.
   */
  portIn?: Maybe<PortInOrder>;
  /**
   * A port-out order's numbers. While the order is pending: each number with its status and any reject reason, from the order's detail (the same batched read as `lines`). Once settled within the past three months: where each ended (CLOSED: ported away; CANCELED), from the port-out history, read once per request for every order asked. Empty for other orders.
   *
   * Carrier: /orderDetail, /tnPortOutHistory.
   */
  portOuts: Array<PortOut>;
  /** What the order is for; null when the carrier names a product we do not know. */
  product?: Maybe<OrderProduct>;
  /** The carrier's own text for `product`, e.g. "Telephone Number". */
  productLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `productLabel`.
   * @deprecated Use `productLabel`.
   */
  productName?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `typeLabel`.
   * @deprecated Use `typeLabel`.
   */
  serviceOrderName?: Maybe<Scalars['String']['output']>;
  /** Where the order stands. Only a PENDING order can be canceled; each number has its own status on `lines`. */
  status: OrderStatus;
  /** The carrier's own text for `status`, e.g. "Pending"; null when it sent none. */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /** Whether the order adds, changes or disconnects numbers; null when the carrier names a kind we do not know. */
  type?: Maybe<ServiceOrderType>;
  /** The carrier's own text for `type`, e.g. "New". */
  typeLabel?: Maybe<Scalars['String']['output']>;
};


/**
 * An order with the carrier: new numbers, feature changes, trunk group changes, disconnects, port-ins, port-outs and toll-free orders. `product` tells them apart, and each line is typed by product (`... on PortInOrderLine`, `... on TollFreeOrderLine` …): it says what the order does to one number.
 *
 * Carrier: /orderList, /orderDetail.
 */
export type OrderLinesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An order with the carrier: new numbers, feature changes, trunk group changes, disconnects, port-ins, port-outs and toll-free orders. `product` tells them apart, and each line is typed by product (`... on PortInOrderLine`, `... on TollFreeOrderLine` …): it says what the order does to one number.
 *
 * Carrier: /orderList, /orderDetail.
 */
export type OrderNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** Edges with cursors. */
  edges: Array<OrderEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Order>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/**
 * A file attached to an order, e.g. a letter of authorisation. Its content is sent only when `content` is selected; `downloadPath` serves it over plain HTTP for a browser to save.
 *
 * Carrier: /orderDocument.
 */
export type OrderDocument = {
  __typename?: 'OrderDocument';
  /** The file, base64-encoded; sent only when selected (the list read already carries it: no extra call). */
  content?: Maybe<Scalars['String']['output']>;
  /** Description given on upload; null when none. */
  description?: Maybe<Scalars['String']['output']>;
  /** Path on this gateway that downloads the file: GET it (same authorisation as /graphql). */
  downloadPath: Scalars['String']['output'];
  /** The carrier's document id (documentId). */
  id: Scalars['ID']['output'];
  /** MIME type: the carrier's when it gives one, else from the file name or the content; application/octet-stream when unknown. */
  mimeType: Scalars['String']['output'];
  /** File name, e.g. "loa.pdf". */
  name?: Maybe<Scalars['String']['output']>;
  /** Size in bytes, decoded; null when the carrier sent no content. */
  size?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection of orders. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The order at this edge. */
  node: Order;
};

/** Filters over orders. All given filters must match. */
export type OrderFilter = {
  /** Created on or after this date (YYYY-MM-DD, compared with createdOn). */
  createdFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Created on or before this date (YYYY-MM-DD, compared with createdOn). */
  createdTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Your alphanumeric order reference (at most 50 characters). */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** Any of these products (carrier productIdList); not empty when given. */
  products?: InputMaybe<Array<OrderProduct>>;
  /**
   * The same as `statuses` with one value; giving both is a CONFLICT.
   * @deprecated Use `statuses`.
   */
  status?: InputMaybe<OrderStatus>;
  /** Orders in any of these statuses, e.g. [INCOMPLETE, PENDING] for the open ones; not empty when given. */
  statuses?: InputMaybe<Array<OrderStatus>>;
  /** Orders that include this number. */
  tn?: InputMaybe<Scalars['TN']['input']>;
  /** Only orders of this kind (carrier serviceOrderReference). */
  type?: InputMaybe<ServiceOrderType>;
};

/** One number on an order, as /orderDetail lists it (carrier tnItem). Each product has its own line type (NumberOrderLine, TrunkGroupChangeOrderLine, FeatureChangeOrderLine, DisconnectOrderLine, PortInOrderLine, PortOutOrderLine, TollFreeOrderLine): ask `__typename`, and `... on PortInOrderLine { … }` for its own fields. */
export type OrderLine = {
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** A page of order lines. */
export type OrderLineConnection = {
  __typename?: 'OrderLineConnection';
  /** Edges with cursors. */
  edges: Array<OrderLineEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<OrderLine>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of order lines. */
export type OrderLineEdge = {
  __typename?: 'OrderLineEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The order line at this edge. */
  node: OrderLine;
};

/** Provisioning flag and status of one feature of a number on an order. */
export type OrderLineFeatureStatus = {
  __typename?: 'OrderLineFeatureStatus';
  /** Whether the order provisions this feature on the number (carrier cnamEnabled, dlEnabled …: Y/N). */
  enabled: Scalars['Boolean']['output'];
  /** Carrier status label, e.g. "Pending", "Complete" or "Failed". */
  status?: Maybe<Scalars['String']['output']>;
};

/** Feature provisioning on an order line, per feature (the names of TelephoneNumberFeatures). */
export type OrderLineFeatureStatuses = {
  __typename?: 'OrderLineFeatureStatuses';
  /** Caller ID (CNAM) calling name (carrier cnamEnabled/cnamStatus); null when the carrier reports neither. */
  callerId?: Maybe<OrderLineFeatureStatus>;
  /** Directory listing (carrier dlEnabled/dlStatus); null when the carrier reports neither. */
  directoryListing?: Maybe<OrderLineFeatureStatus>;
  /** E911 address (carrier e911Enabled/e911Status); null when the carrier reports neither. */
  e911?: Maybe<OrderLineFeatureStatus>;
  /** Messaging (carrier msgEnabled/msgStatus); null when the carrier reports neither. */
  messaging?: Maybe<OrderLineFeatureStatus>;
};

/** Where one number stands on an order (a port-in goes Pending, Received FOC, then Complete). Each number has its own: do not infer it from the order status. */
export type OrderLineStatus =
  /** Canceled on this order. */
  | 'CANCELED'
  /** Complete or Activated: the number is done. */
  | 'COMPLETE'
  /** Received FOC: the losing carrier confirmed a port date. */
  | 'FOC_RECEIVED'
  /** A port-in rejection (e.g. "PIN required/invalid"): a correction is required; statusLabel gives the reason. */
  | 'JEOPARDY'
  /** Pending: being moved into routing, or (port-in) no FOC yet. */
  | 'PENDING';

/** A note on an order. */
export type OrderNote = {
  __typename?: 'OrderNote';
  /** When the note was added (carrier insertDate), in UTC, to the precision the carrier sends (tenths of a second). The carrier writes it without a zone ("2015-12-16 17:09:55.0"); it is read as UTC, like its timestamps that name one. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Carrier user who added the note (carrier insertUser), e.g. "api_user". */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** Carrier note id (noteId); null when the carrier gives none. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The note text (carrier note). */
  text: Scalars['String']['output'];
};

/** One number to order from inventory, with its options. */
export type OrderNumberInput = {
  /** End user (subscriber) of the number. */
  endUser?: InputMaybe<EndUserInput>;
  /** Features to provision; a calling name, directory listing, E911 or messaging makes the carrier create an order (see completedSynchronously). */
  features?: InputMaybe<FeaturesInput>;
  /** Free-text note stored on the number (at most 4000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Port-out protection PIN (Tier 0 and HI numbers). */
  portOutPin?: InputMaybe<Scalars['String']['input']>;
  /** An available number, e.g. from availableTelephoneNumbers or reservedTelephoneNumbers. */
  tn: Scalars['TN']['input'];
  /** Trunk group to route the number to (see trunkGroups; at most 100 characters). */
  trunkGroupName?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to one number on a PENDING order. Give at least one change. */
export type OrderNumberUpdateInput = {
  /** Account number at the losing carrier (at most 32 characters). */
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  /** Account PIN or password at the losing carrier; may be given alone (at most 15 characters). */
  accountPin?: InputMaybe<Scalars['String']['input']>;
  /** Account (billing) telephone number at the losing carrier. */
  accountTelephoneNumber?: InputMaybe<Scalars['TN']['input']>;
  /** Date of the authorization: today or earlier. */
  authDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Name of the person who authorized the port (at most 50 characters). */
  authName?: InputMaybe<Scalars['String']['input']>;
  /** true takes the number off the order (the carrier cancelTn Y); no other change may be given with it. */
  cancel?: InputMaybe<Scalars['Boolean']['input']>;
  /** Feature requests to withdraw. */
  cancelFeatureRequests?: InputMaybe<FeatureRequestCancellationInput>;
  /** End user: name, streetNum, streetName, city, state, postalCode and typeOfService go together. */
  endUser?: InputMaybe<EndUserInput>;
  /** Features to request or change. An E911 address goes whole: name, streetNumber, street, city, state and postalCode. */
  features?: InputMaybe<FeaturesInput>;
  /** A note stored on the number (at most 4000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Port-out PIN (on-net Tier 0 and HI numbers) (at most 100 characters). */
  portOutPin?: InputMaybe<Scalars['String']['input']>;
  /** A number on the order. */
  tn: Scalars['TN']['input'];
  /** Trunk group to route the number to (at most 100 characters). */
  trunkGroupName?: InputMaybe<Scalars['String']['input']>;
};

/** A port-in order. A customer service record (customerServiceRecord) can prefill the account and end-user data. */
export type OrderPortInInput = {
  /** Your own order reference: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** Desired port date: today or later. */
  desiredDueDate: Scalars['LocalDate']['input'];
  /** Desired port time, HH:MM (24-hour), e.g. "14:00". */
  desiredPortTime?: InputMaybe<Scalars['String']['input']>;
  /** Time zone of `desiredPortTime`. */
  desiredPortTimeZone?: InputMaybe<PortTimeZone>;
  /** The numbers to port (at least one). */
  numbers: Array<PortInNumberInput>;
  /** Activate on demand (activatePortIn) instead of at midnight on the port date; on-net numbers, 200 or fewer per losing carrier. */
  onDemandActivation?: InputMaybe<Scalars['Boolean']['input']>;
  /** Port on-net numbers only. */
  onNetOnly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Name of the reseller or losing carrier; required when an end user is in Canada (at most 50 characters). */
  resellerName?: InputMaybe<Scalars['String']['input']>;
};

/** Result of orderPortIn. The carrier checks the numbers in the background: follow them in `order` and portingNumbers. */
export type OrderPortInPayload = {
  __typename?: 'OrderPortInPayload';
  /**
   * The port-in order as it stands after the write; null when nothing was written.
   *
   * Carrier: /portInOrderList.
   */
  order?: Maybe<PortInOrder>;
  /** The new order id. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Why nothing was ordered: input refused before any call (paths into `input`), or the carrier's refusal (REJECTED, with its message). */
  userErrors: Array<UserError>;
};

/** Order product (carrier productId). */
export type OrderProduct =
  /** 113: port-in. */
  | 'PORT_IN'
  /** 130: messaging-only port-in. */
  | 'PORT_IN_MESSAGING_ONLY'
  /** 114: port-out. */
  | 'PORT_OUT'
  /** 103: telephone number order, trunk group update or disconnect. */
  | 'TELEPHONE_NUMBER'
  /** 128: number feature order. */
  | 'TN_FEATURE'
  /** 129: messaging-only number. */
  | 'TN_MESSAGING_ONLY'
  /** 134: toll-free inventory. */
  | 'TOLL_FREE_INVENTORY'
  /** 122: toll-free load. */
  | 'TOLL_FREE_LOAD'
  /** 131: toll-free port-in. */
  | 'TOLL_FREE_PORT_IN';

/** Identifies an order by exactly one of its id or your customerOrderReference; a reference that several orders carry is refused (CONFLICT). */
export type OrderReferenceInput = {
  /** Your alphanumeric reference (at most 50 characters), given when the order was placed. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** Carrier order id: digits only, e.g. "1025001". */
  id?: InputMaybe<Scalars['ID']['input']>;
};

/** Sort order of orders. Without it, orders come newest first (ORDER_ID, DESC). */
export type OrderSort = {
  /** DESC unless given, like the default order: highest id (newest) first. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: OrderSortField;
};

/** Sort keys /orderList supports (pageSort.property). */
export type OrderSortField =
  /** Your customerOrderReference. */
  | 'CUSTOMER_ORDER_REFERENCE'
  /** Desired due date. */
  | 'DESIRED_DUE_DATE'
  /** Firm order commitment (port) date; port-in orders only. */
  | 'FOC_DATE'
  /** Carrier order id: ids grow over time, so DESC is newest first. */
  | 'ORDER_ID';

/** Order status (carrier codes INCOMPLT, PENDING, PCNCL, CNCL, CLSD). Only PENDING orders can be canceled. */
export type OrderStatus =
  /** Canceled (CNCL). */
  | 'CANCELED'
  /** Completed (CLSD). */
  | 'CLOSED'
  /** Incomplete (INCOMPLT). */
  | 'INCOMPLETE'
  /** Submitted and being worked (PENDING). */
  | 'PENDING'
  /** Cancellation requested (PCNCL). */
  | 'PENDING_CANCEL';

/** Numbers to order from inventory, with their options. */
export type OrderTelephoneNumbersInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** At least one number, at most 100000, each at most once. */
  numbers: Array<OrderNumberInput>;
};

/** Result of orderTelephoneNumbers. */
export type OrderTelephoneNumbersPayload = {
  __typename?: 'OrderTelephoneNumbersPayload';
  /** True when the carrier activated the numbers at once without creating an order (orderId null): requests of at most 100 numbers with no calling name, directory listing, E911 or messaging, at least one number accepted. False when it created an order (see order), and when nothing was done (every number excluded, see userErrors, or the input was refused). */
  completedSynchronously: Scalars['Boolean']['output'];
  /** Numbers the carrier left out, with its reasons (each also a userError on its input). When validationPending, later exclusions are on order.excludedNumbers instead. */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The ordered numbers (excluded ones left out), as the carrier reports them right after the request. Numbers completed at once are IN_SERVICE; numbers on an order are PENDING (a number the carrier does not list yet is left out) and show IN_SERVICE with their features once `order` is CLOSED.
   *
   * Carrier: /tnDetail.
   */
  numbers: Array<TelephoneNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was created: the carrier completed the request at once, excluded every number, or the input was refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at the input field the reason concerns: the number, or its trunkGroupName). Empty on full success; when validationPending, later exclusions are on order.excludedNumbers instead. */
  userErrors: Array<UserError>;
  /** True when the carrier accepted a request of more than 100 numbers: it checks such orders after accepting them, so excludedNumbers is empty now even if numbers are invalid. Exclusions appear later on order.excludedNumbers (Order.excludedNumbers); an order whose numbers are all invalid is canceled. */
  validationPending: Scalars['Boolean']['output'];
};

/** Toll-free numbers to bring to the account. */
export type OrderTollFreeNumbersInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** PORT_IN only, and then required: you hold a letter of authorization. */
  letterOfAuthorization?: InputMaybe<Scalars['Boolean']['input']>;
  /** The numbers, at most 100. */
  numbers: Array<TollFreeOrderLineInput>;
  /** Load, port in, or order from inventory. */
  product: TollFreeProduct;
};

/** Result of orderTollFreeNumbers. */
export type OrderTollFreeNumbersPayload = {
  __typename?: 'OrderTollFreeNumbersPayload';
  /** Numbers the carrier refused, with its reasons (each also a userError). */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (refused ones left out), read back right after it: numbers on an order show their new state once `order` is CLOSED.
   *
   * Carrier: /tfDetail.
   */
  numbers: Array<TollFreeNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was: applied at once, all refused, or input refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number). Empty on full success. */
  userErrors: Array<UserError>;
};

/** A number on an order of a product this gateway does not know yet (see `Order.productLabel`): the common fields only. */
export type OtherOrderLine = OrderLine & {
  __typename?: 'OtherOrderLine';
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** Relay pagination state of a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede the first edge. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Numbers of a port-in counted by status. */
export type PortCounts = {
  __typename?: 'PortCounts';
  /** Numbers ported in (activated). */
  activated?: Maybe<Scalars['Int']['output']>;
  /** Numbers with a confirmed port date (FOC secured). */
  focSecured?: Maybe<Scalars['Int']['output']>;
  /** Numbers still waiting for a port date: derived as total − focSecured − rejected − activated (the carrier sends no such count); null when any of the four is unknown. */
  pending?: Maybe<Scalars['Int']['output']>;
  /** Numbers in jeopardy (rejected). */
  rejected?: Maybe<Scalars['Int']['output']>;
  /** Numbers in all. */
  total?: Maybe<Scalars['Int']['output']>;
};

/** Numbers of a port-in that share a port date, counted by status. */
export type PortDateCounts = {
  __typename?: 'PortDateCounts';
  /** The counts. */
  counts: PortCounts;
  /** The port date; null for numbers without a confirmed date yet. */
  portDate?: Maybe<Scalars['LocalDate']['output']>;
};

/** The correction of one number in jeopardy: the account data (accountNumber, accountTelephoneNumber, authName and authDate together), the account PIN alone, or the end user as the losing carrier knows them. Give at least one. */
export type PortInCorrectionInput = {
  /** Account number at the losing carrier (at most 32 characters). */
  accountNumber?: InputMaybe<Scalars['String']['input']>;
  /** Account PIN or password at the losing carrier; may be given alone (at most 15 characters). */
  accountPin?: InputMaybe<Scalars['String']['input']>;
  /** Account (billing) telephone number at the losing carrier. */
  accountTelephoneNumber?: InputMaybe<Scalars['TN']['input']>;
  /** Date of the authorization: today or earlier. */
  authDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Name of the person who authorized the port (at most 50 characters). */
  authName?: InputMaybe<Scalars['String']['input']>;
  /** End user: name, streetNum, streetName, city, state, postalCode and typeOfService go together. */
  endUser?: InputMaybe<EndUserInput>;
  /** A number of the order in jeopardy. */
  tn: Scalars['TN']['input'];
};

/** The outcome of one group of an activation. */
export type PortInGroupActivation = {
  __typename?: 'PortInGroupActivation';
  /** True when the carrier started the port of the group. */
  activated: Scalars['Boolean']['output'];
  /** The group. */
  group: Scalars['String']['output'];
  /** The carrier's reason when it did not. */
  message?: Maybe<Scalars['String']['output']>;
};

/** One number to port in, with the account data the losing carrier checks. */
export type PortInNumberInput = {
  /** Account number at the losing carrier (at most 32 characters). */
  accountNumber: Scalars['String']['input'];
  /** Account PIN or password at the losing carrier (at most 15 characters). */
  accountPin?: InputMaybe<Scalars['String']['input']>;
  /** Account (billing) telephone number at the losing carrier. */
  accountTelephoneNumber: Scalars['TN']['input'];
  /** Date of the authorization: today or earlier. */
  authDate: Scalars['LocalDate']['input'];
  /** Name of the person who authorized the port (at most 50 characters). */
  authName: Scalars['String']['input'];
  /** End user as the losing carrier knows them: name, streetNum, streetName, city, state, postalCode and typeOfService are required. */
  endUser: EndUserInput;
  /** Features to set up on the number as it ports. */
  features?: InputMaybe<FeaturesInput>;
  /** A note stored on the number (at most 200 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Port-out PIN to protect the number once ported (on-net Tier 0 and HI). */
  portOutPin?: InputMaybe<Scalars['String']['input']>;
  /** The ten-digit number. */
  tn: Scalars['TN']['input'];
  /** Trunk group to route the number to once ported; required when `features` is given. */
  trunkGroupName?: InputMaybe<Scalars['String']['input']>;
};

/** An order porting numbers in from other carriers, with its numbers counted by status. */
export type PortInOrder = Node & {
  __typename?: 'PortInOrder';
  /**
   * Groups of an on-demand port-in that can be activated now (FOC date reached); empty otherwise.
   *
   * Carrier: /portInOrderAvailableActivation.
   */
  activationGroups: Array<ActivationGroup>;
  /** Its numbers by port date, counted by status. */
  byPortDate: Array<PortDateCounts>;
  /** Its numbers counted by status. */
  counts: PortCounts;
  /** When the order was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who created the order. */
  createdUser?: Maybe<Scalars['String']['output']>;
  /** The caller's own order reference. */
  customerOrderReference?: Maybe<Scalars['String']['output']>;
  /** The desired port date. */
  desiredDueDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The carrier's order id (also accepted by `node(id:)` in its global form, PortInOrder:<id>). */
  id: Scalars['ID']['output'];
  /**
   * Its numbers, each with its own status, port date and account data (one carrier call per order).
   *
   * Carrier: /orderDetail.
   */
  numbers: Array<PortingNumber>;
  /**
   * The same order in the order model: its lines are `PortInOrderLine`s with the account data, its notes and documents (one read of the order, shared with every other field that needs it).
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Its rejected numbers counted by reason. */
  rejections: Array<PortRejectionCount>;
  /** Order status. Follow each number instead: numbers port on their own. */
  status?: Maybe<OrderStatus>;
  /** The order status as the carrier words it. */
  statusLabel?: Maybe<Scalars['String']['output']>;
};

/** A page of port-in orders. */
export type PortInOrderConnection = {
  __typename?: 'PortInOrderConnection';
  /** Edges with cursors. */
  edges: Array<PortInOrderEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PortInOrder>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of port-in orders. */
export type PortInOrderEdge = {
  __typename?: 'PortInOrderEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The port-in order at this edge. */
  node: PortInOrder;
};

/** A number on a port-in order (products Port-In and Port-In messaging-only). Numbers of one port-in move on their own: follow `portStatus` per number, not the order status. */
export type PortInOrderLine = OrderLine & {
  __typename?: 'PortInOrderLine';
  /** Account number at the losing carrier (carrier accountNum). */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** Account (billing) telephone number at the losing carrier (carrier atn). */
  accountTelephoneNumber?: Maybe<Scalars['TN']['output']>;
  /** The activation group the number ports with (carrier tnGroup); activatePortIn takes it. */
  activationGroup?: Maybe<Scalars['String']['output']>;
  /** Who authorized the port (carrier authName). */
  authName?: Maybe<Scalars['String']['output']>;
  /** When the port was authorized (carrier authDate), YYYY-MM-DD. */
  authorizedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** The confirmed port date (carrier portDt, the FOC date); null before the FOC. */
  focDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Why the losing carrier rejected the request, while in jeopardy. */
  jeopardyReason?: Maybe<JeopardyReason>;
  /** The rejection reason as the carrier words it (the line's status text), while in jeopardy; null otherwise. */
  jeopardyReasonLabel?: Maybe<Scalars['String']['output']>;
  /** The number's port status; null for a status the carrier added since (see `statusLabel`). */
  portStatus?: Maybe<PortStatus>;
  /** The port time and zone (carrier portTime), e.g. "09:00 US/Central". */
  portTime?: Maybe<Scalars['String']['output']>;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/**
 * A number's port-out to another carrier: pending (on a port-out order awaiting the port date), or settled (closed or canceled) within the past three months.
 *
 * Carrier: /tnPortOutHistory, /orderDetail.
 */
export type PortOut = {
  __typename?: 'PortOut';
  /** When the port-out order was created. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where the number stands: while the order is pending, from `numberStatusLabel` (null for a label the carrier added since); once settled, PORTED for a closed order and CANCELED for a canceled one. */
  numberStatus?: Maybe<PortOutNumberStatus>;
  /** While the order is pending, the carrier's own text for where the number stands, e.g. "Pending", or a reject reason such as "Invalid zip code"; null for a settled port-out (the history does not say). */
  numberStatusLabel?: Maybe<Scalars['String']['output']>;
  /** The port-out order id; `order(id:)` reads the order. */
  orderId: Scalars['ID']['output'];
  /** The port date (for a canceled order, the date it would have ported). */
  portDate?: Maybe<Scalars['DateTime']['output']>;
  /** Why the account refused the number (`rejectPortOut`), while the order is pending; null otherwise. */
  rejectReason?: Maybe<PortOutRejectReason>;
  /** The port-out order's status: PENDING while waiting for the port date, then CLOSED (the number left) or CANCELED; null for a status the carrier did not document. */
  status?: Maybe<OrderStatus>;
  /** The number. */
  tn: Scalars['TN']['output'];
};

/** Where one number of a port-out order stands, as the losing carrier sees it. */
export type PortOutNumberStatus =
  /** Approved (`approvePortOut`); it leaves on the port date ("Approved"). */
  | 'APPROVED'
  /** The port-out was canceled: the number stays ("Canceled"). */
  | 'CANCELED'
  /** Awaiting the account's answer; it ports on the port date unless rejected ("Pending"). */
  | 'PENDING'
  /** Ported away to the other carrier ("Port Complete"). */
  | 'PORTED'
  /** Refused (`rejectPortOut`): it stays on the account; `rejectReason` says why. */
  | 'REJECTED';

/** A number on a port-out order (product Port Out): another carrier is taking it. Answer it with `rejectPortOut` or `approvePortOut`; `Order.portOuts` has the port date. */
export type PortOutOrderLine = OrderLine & {
  __typename?: 'PortOutOrderLine';
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Where the number stands on the port-out; null for a status the carrier added since (see `statusLabel`). */
  portOutStatus?: Maybe<PortOutNumberStatus>;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /** Why the account refused the number (`rejectPortOut`); null unless rejected. */
  rejectReason?: Maybe<PortOutRejectReason>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** A number and its new port-out PIN. */
export type PortOutPinAssignmentInput = {
  /** The new PIN (at most 100 characters; never returned by the graph). */
  portOutPin: Scalars['String']['input'];
  /** An In Service number of the account. */
  tn: Scalars['TN']['input'];
};

/** Why a number on a port-out order is refused (the carrier codes PIN, DATAMIS, AUTHNMMIS, INVACCT, INVZIPCD). */
export type PortOutRejectReason =
  /** The authorising name does not match the account's (AUTHNMMIS). */
  | 'AUTH_NAME_MISMATCH'
  /** None of the data matches the account (DATAMIS). */
  | 'DATA_MISMATCH'
  /** The account number is wrong (INVACCT). */
  | 'INVALID_ACCOUNT_NUMBER'
  /** The ZIP code is wrong (INVZIPCD). */
  | 'INVALID_ZIP_CODE'
  /** The port-out PIN is missing or wrong (PIN). */
  | 'PIN_INVALID';

/** How many numbers of a port-in the losing carrier rejected for one reason. */
export type PortRejectionCount = {
  __typename?: 'PortRejectionCount';
  /** Numbers rejected for it. */
  count?: Maybe<Scalars['Int']['output']>;
  /** The reason as the carrier words it. */
  label: Scalars['String']['output'];
  /** The reason; null for one the carrier added since (see `label`). */
  reason?: Maybe<JeopardyReason>;
};

/** Where one porting number stands with the losing carrier. Each number of a port-in moves on its own. */
export type PortStatus =
  /** Removed from the port-in (the order was canceled). */
  | 'CANCELED'
  /** The losing carrier confirmed the port date (firm order commitment). */
  | 'FOC_SECURED'
  /** The losing carrier rejected the request: see `jeopardyReason`; a correction is required. */
  | 'JEOPARDY'
  /** Sent to the losing carrier; no port date (FOC) confirmed yet. */
  | 'PENDING_FOC'
  /** Ported in (activated or complete): the number is now an active number of the account. */
  | 'PORT_COMPLETE';

/** Time zone of a desired port time. */
export type PortTimeZone =
  /** Greenwich Mean Time. */
  | 'GMT'
  /** US Central. */
  | 'US_CENTRAL'
  /** US Eastern. */
  | 'US_EASTERN'
  /** US Mountain. */
  | 'US_MOUNTAIN'
  /** US Pacific. */
  | 'US_PACIFIC';

/** Whether a number held by another carrier can be ported in. */
export type Portability = {
  __typename?: 'Portability';
  /** The number's local routing number (LRN); portable numbers only. */
  localRoutingNumber?: Maybe<Scalars['String']['output']>;
  /** The carrier holding the number today (the losing carrier); portable numbers only. */
  losingCarrier?: Maybe<Scalars['String']['output']>;
  /** Why the number cannot be ported in; null when it can. */
  notPortableReason?: Maybe<Scalars['String']['output']>;
  /** True when the number can be ported in; null when the carrier did not say. */
  portable?: Maybe<Scalars['Boolean']['output']>;
  /** The number's rate center tier; null when the carrier reports none or one the guide does not list (see the label). */
  rateCenterTier?: Maybe<RateCenterTier>;
  /** The tier as the carrier reports it, without its "Tier " prefix, e.g. "0". */
  rateCenterTierLabel?: Maybe<Scalars['String']['output']>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};

/** One number being ported in, with its own status (numbers of one order move independently). */
export type PortingNumber = Node & {
  __typename?: 'PortingNumber';
  /** Account number at the losing carrier. */
  accountNumber?: Maybe<Scalars['String']['output']>;
  /** Account (billing) telephone number. */
  accountTelephoneNumber?: Maybe<Scalars['TN']['output']>;
  /** The activation group the number ports with (activatePortIn takes it). */
  activationGroup?: Maybe<Scalars['String']['output']>;
  /** Who authorized the port. */
  authName?: Maybe<Scalars['String']['output']>;
  /** The order's customer reference. */
  customerOrderReference?: Maybe<Scalars['String']['output']>;
  /** The confirmed port date (FOC date); null before the FOC. */
  focDate?: Maybe<Scalars['LocalDate']['output']>;
  /** Stable global id of this number on this port-in order (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /** Why the losing carrier rejected the request, while in jeopardy. */
  jeopardyReason?: Maybe<JeopardyReason>;
  /** The rejection reason as the carrier words it. */
  jeopardyReasonLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The port-in order the number is on, in the order model (one read per distinct order).
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** The port-in order the number is on. */
  orderId: Scalars['ID']['output'];
  /** The port time and zone, e.g. "09:00 US/Central". */
  portTime?: Maybe<Scalars['String']['output']>;
  /** Port status; null for a status the carrier added since (see `statusLabel`). */
  status?: Maybe<PortStatus>;
  /** The status as the carrier words it, e.g. "Received FOC" or a rejection reason. */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The number as the account holds it: null while it is still with the losing carrier, an In Service number on its trunk group once ported (the porting numbers of one request are read together).
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /** The trunk group the number routes to once ported. */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** A page of porting numbers. */
export type PortingNumberConnection = {
  __typename?: 'PortingNumberConnection';
  /** Edges with cursors. */
  edges: Array<PortingNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<PortingNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of porting numbers. */
export type PortingNumberEdge = {
  __typename?: 'PortingNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The porting number at this edge. */
  node: PortingNumber;
};

/** An E911 address for one number. name, streetNumber, street, city, state and postalCode are required. */
export type ProvisionE911Input = {
  /** The address emergency services are sent to. */
  address: E911AddressInput;
  /** A number of the account. */
  tn: Scalars['TN']['input'];
};

/** Result of provisionE911. */
export type ProvisionE911Payload = {
  __typename?: 'ProvisionE911Payload';
  /** The E911 service as provisioned (the corrected address when CORRECTED); null when refused. */
  e911?: Maybe<TelephoneNumberE911>;
  /** VALID as sent, or CORRECTED by the carrier; null when refused. */
  result?: Maybe<E911ValidationResult>;
  /** The carrier's own message, e.g. "VALID" or "CORRECTED". */
  resultLabel?: Maybe<Scalars['String']['output']>;
  /** Input problems (nothing was sent), an address the carrier could not validate (INVALID), or a number not on the account (NOT_FOUND). */
  userErrors: Array<UserError>;
};

/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type Query = {
  __typename?: 'Query';
  /**
   * The account's default settings. Secrets are write-only: reads say only whether one is set.
   *
   * Carrier: /accountDefaultDetail.
   */
  accountSettings?: Maybe<AccountSettings>;
  /**
   * Every number assigned to the account with its status, paginated; the whole list is read in one call per request. Ask for `telephoneNumber` on them for full records, read in batches of 100.
   *
   * Carrier: /tnAssignedList, /tnDetail.
   */
  assignedTelephoneNumbers?: Maybe<AssignedTelephoneNumberConnection>;
  /**
   * Numbers you can reserve or order now, paginated. A cursor is valid only with the same search and sort.
   *
   * Carrier: /tnInventory.
   */
  availableTelephoneNumbers?: Maybe<AvailableTelephoneNumberConnection>;
  /**
   * Toll-free numbers free to order, by pattern or vanity word.
   *
   * Carrier: /tfInventory.
   */
  availableTollFreeNumbers?: Maybe<AvailableTollFreeNumbers>;
  /**
   * Numbers of the account with a caller name stored for their outbound calls, by number.
   *
   * Carrier: /tnFeatureCnamList.
   */
  callerIdStorageNumbers?: Maybe<CallerIdStorageNumberConnection>;
  /**
   * Ask the carrier whether its services are up (never cached; the gateway's /readyz asks the same).
   *
   * Carrier: /healthCheck.
   */
  carrierHealth?: Maybe<CarrierHealth>;
  /**
   * Every active number of the account with whether incoming calls to it look up the caller's name, paginated; ordered by number unless `sort` says otherwise.
   *
   * Carrier: /tnFeatureCnamDip.
   */
  cnamDipSettings?: Maybe<CnamDipSettingConnection>;
  /**
   * The losing carrier's customer service record of a number, to prefill a port-in order. A failed lookup answers `found: false` with the carrier's message.
   *
   * Carrier: /tnCsrLookup.
   */
  customerServiceRecord?: Maybe<CustomerServiceRecord>;
  /**
   * Numbers of the account with a directory listing, and the listing, by number. The carrier answers the whole list at once; it is read once per request and paged here.
   *
   * Carrier: /tnFeatureDLList.
   */
  directoryListingNumbers?: Maybe<DirectoryListingNumberConnection>;
  /**
   * E-mail addresses the carrier alerts about numbers without E911 service (account-wide). A number's own list is `TelephoneNumber.e911.notificationEmails`.
   *
   * Carrier: /customerE911NotificationList.
   */
  e911NotificationEmails?: Maybe<Array<Scalars['String']['output']>>;
  /**
   * Numbers of the account with E911 service and their addresses, by number.
   *
   * Carrier: /tnFeatureE911List.
   */
  e911Numbers?: Maybe<E911NumberConnection>;
  /**
   * How many numbers are available, counted per area code, exchange, rate center, … (see groupBy).
   *
   * Carrier: /tnInventoryCoverage.
   */
  inventoryCoverage?: Maybe<Array<InventoryCoverageEntry>>;
  /**
   * The distinct LATAs the given numbers belong to (forecasting input for orders and port-ins), in one carrier call. The carrier does not say which number is in which LATA.
   *
   * Carrier: /lataInventory.
   */
  latas?: Maybe<Array<Lata>>;
  /**
   * The messaging campaigns registered for the account, ordered by campaign id.
   *
   * Carrier: /messageCampaigns.
   */
  messagingCampaigns?: Maybe<MessagingCampaignConnection>;
  /**
   * Numbers of the account with messaging, and their class and type, by number.
   *
   * Carrier: /tnFeatureMessageList.
   */
  messagingNumbers?: Maybe<MessagingNumberConnection>;
  /** Any entity by its `id`; null when no entity has this id (also for an id that is not one of ours). Costs the same as asking for the entity by its own field. */
  node?: Maybe<Node>;
  /** Entities by their `id`, in the order asked, null where none has that id. At most 500 ids; ids of one type are read together in batches. */
  nodes?: Maybe<Array<Maybe<Node>>>;
  /**
   * One order by its carrier id (digits) or by your customerOrderReference: give exactly one. Null when there is no such order.
   *
   * Carrier: /orderDetail, /orderList.
   */
  order?: Maybe<Order>;
  /**
   * Orders matching the filters, a page at a time; newest first unless `sort` says otherwise.
   *
   * Carrier: /orderList.
   */
  orders?: Maybe<OrderConnection>;
  /**
   * One port-in order by id; null when there is none.
   *
   * Carrier: /portInOrderList.
   */
  portInOrder?: Maybe<PortInOrder>;
  /**
   * Port-in orders with their numbers counted by status, newest first, paginated.
   *
   * Carrier: /portInOrderList.
   */
  portInOrders?: Maybe<PortInOrderConnection>;
  /**
   * The account's port-outs settled in the past three months, one entry per order and number, including numbers that have left the account (which `telephoneNumber` no longer finds).
   *
   * Carrier: /tnPortOutHistory.
   */
  portOutHistory: Array<PortOut>;
  /**
   * Whether numbers held by other carriers can be ported in, with the losing carrier, LRN and rate center tier; one answer per distinct number, in the order asked (at most 500 distinct numbers).
   *
   * Carrier: /portInAvailability.
   */
  portability?: Maybe<Array<Portability>>;
  /**
   * Every number on pending port-ins with its own status, filterable by status and rejection reason, paginated (one carrier call per request, whatever the page).
   *
   * Carrier: /portInOrderTnList.
   */
  portingNumbers?: Maybe<PortingNumberConnection>;
  /**
   * Every rate center the carrier covers, with whether new numbers (DID) can be ordered and numbers ported in (LNP) there. The whole list is read once and filtered here.
   *
   * Carrier: /rateCenterCoverage.
   */
  rateCenters?: Maybe<RateCenterConnection>;
  /**
   * Numbers the account holds reserved, paginated; the whole list is read in one call per request. A reservation lapses four hours after it was made.
   *
   * Carrier: /tnReservedList.
   */
  reservedTelephoneNumbers?: Maybe<ReservedTelephoneNumberConnection>;
  /**
   * A routing label of the account, by its carrier label or your name for it; null when the account has none such.
   *
   * Carrier: /routingLabelSearchAssigned.
   */
  routingLabel?: Maybe<RoutingLabel>;
  /**
   * Every toll-free routing label of the account.
   *
   * Carrier: /routingLabelSearchAssigned.
   */
  routingLabels?: Maybe<Array<RoutingLabel>>;
  /**
   * An assigned number by its TN (read together with every other number in the request); null when the number is not assigned to the account.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /**
   * Assigned numbers matching the filters, paginated.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumbers?: Maybe<TelephoneNumberConnection>;
  /**
   * One trouble ticket by its id; null when there is no such ticket.
   *
   * Carrier: /ticketDetail.
   */
  ticket?: Maybe<Ticket>;
  /**
   * Your trouble tickets, newest first, paginated.
   *
   * Carrier: /ticketList.
   */
  tickets?: Maybe<TicketConnection>;
  /**
   * CICs (and their RespOrgs) supported for loading toll-free numbers.
   *
   * Carrier: /cicList.
   */
  tollFreeCics?: Maybe<Array<TollFreeCic>>;
  /**
   * A toll-free number of the account, batched with every other number of the request; null when the account does not hold it.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /**
   * The toll-free numbers of the account matching the filters, paginated.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumbers?: Maybe<TollFreeNumberConnection>;
  /**
   * Every toll-free number with a feature, from the account-wide feature list (one call), then read in full in batches of 100.
   *
   * Carrier: /tfFeatureCNamList, /tfFeatureMessageList, /tfFeatureE911List, /tfDetail.
   */
  tollFreeNumbersWithFeature?: Maybe<Array<TollFreeNumber>>;
  /**
   * A trunk group of the account by name; null when the account has none by that name.
   *
   * Carrier: /trunkGroupSearchAssigned.
   */
  trunkGroup?: Maybe<TrunkGroup>;
  /**
   * All DID trunk groups of the account.
   *
   * Carrier: /trunkGroupSearchAssigned.
   */
  trunkGroups?: Maybe<Array<TrunkGroup>>;
  /**
   * Check an E911 address before provisioning it: VALID as sent, CORRECTED (with the corrected address), or INVALID (with candidate addresses when the carrier finds several). With `tn` the name is checked too. Nothing is provisioned.
   *
   * Carrier: /addressValidate, /tnE911Validate.
   */
  validateE911Address?: Maybe<ValidatedAddress>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryAssignedTelephoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<TelephoneNumberStatus>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryAvailableTelephoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<AvailableTelephoneNumberSearchInput>;
  sort?: InputMaybe<AvailableTelephoneNumberSort>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryAvailableTollFreeNumbersArgs = {
  search: AvailableTollFreeNumberSearch;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryCallerIdStorageNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryCnamDipSettingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<CnamDipSettingSort>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryCustomerServiceRecordArgs = {
  tn: Scalars['TN']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryDirectoryListingNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryE911NumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  tnMask?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryInventoryCoverageArgs = {
  groupBy?: InputMaybe<CoverageGrouping>;
  province?: InputMaybe<Scalars['String']['input']>;
  rateCenter?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
  wireless?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryLatasArgs = {
  tns: Array<Scalars['TN']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryMessagingCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryMessagingNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryOrderArgs = {
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<OrderSort>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryPortInOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryPortInOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<OrderStatus>;
  tn?: InputMaybe<Scalars['TN']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryPortabilityArgs = {
  tns: Array<Scalars['TN']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryPortingNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  jeopardyReasons?: InputMaybe<Array<JeopardyReason>>;
  statuses?: InputMaybe<Array<PortStatus>>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryRateCentersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<RateCenterFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryReservedTelephoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryRoutingLabelArgs = {
  name: Scalars['String']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTelephoneNumberArgs = {
  tn: Scalars['TN']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTelephoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TelephoneNumberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TelephoneNumberSort>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TicketFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTollFreeNumberArgs = {
  tn: Scalars['TN']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTollFreeNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TollFreeNumberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTollFreeNumbersWithFeatureArgs = {
  feature: TollFreeFeature;
  tnMask?: InputMaybe<Scalars['String']['input']>;
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryTrunkGroupArgs = {
  name: Scalars['String']['input'];
};


/** Reads: telephone numbers on the account, inventory to order from, orders and trunk groups, and any entity by `id` (`node`). Each field names the carrier operations behind it on a last line, "Carrier: /tnDetail." */
export type QueryValidateE911AddressArgs = {
  address: E911AddressInput;
  tn?: InputMaybe<Scalars['TN']['input']>;
};

/** A rate center: the carrier-defined geographic area a number belongs to. */
export type RateCenter = {
  __typename?: 'RateCenter';
  /** Rate center abbreviation, e.g. WSHNGTNZN1. */
  abbreviation: Scalars['String']['output'];
  /**
   * New numbers can be ordered here; null when the carrier does not say.
   *
   * Carrier: /rateCenterCoverage.
   */
  didApproved?: Maybe<Scalars['Boolean']['output']>;
  /** Three-digit LATA (local access and transport area), e.g. "358". */
  lata?: Maybe<Scalars['String']['output']>;
  /**
   * Numbers can be ported in here; null when the carrier does not say.
   *
   * Carrier: /rateCenterCoverage.
   */
  lnpApproved?: Maybe<Scalars['Boolean']['output']>;
  /**
   * Market the rate center belongs to, e.g. "Boston MA"; null when the carrier does not list it.
   *
   * Carrier: /rateCenterCoverage.
   */
  marketName?: Maybe<Scalars['String']['output']>;
  /** Full rate center name, when the carrier gives it. */
  name?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `state`.
   * @deprecated Use `state`.
   */
  province?: Maybe<Scalars['String']['output']>;
  /** Two-letter US state or Canadian province, e.g. "IL". */
  state?: Maybe<Scalars['String']['output']>;
  /** Rate center tier; null when the carrier reports none or an undocumented one. */
  tier?: Maybe<RateCenterTier>;
};

/** A page of rate centers. */
export type RateCenterConnection = {
  __typename?: 'RateCenterConnection';
  /** Edges with cursors. */
  edges: Array<RateCenterEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<RateCenter>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of rate centers. */
export type RateCenterEdge = {
  __typename?: 'RateCenterEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The rate center at this edge. */
  node: RateCenter;
};

/** Which rate centers to list; every filter given must match. */
export type RateCenterFilter = {
  /** Only rate centers where new numbers can (true) or cannot (false) be ordered. */
  didApproved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Three-digit LATA, e.g. "358". */
  lata?: InputMaybe<Scalars['String']['input']>;
  /** Only rate centers where numbers can (true) or cannot (false) be ported in. */
  lnpApproved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Two-letter state or province, e.g. "IL". */
  state?: InputMaybe<Scalars['String']['input']>;
  /** List wireless coverage instead of wireline; the account must be enabled for wireless numbers. */
  wireless?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Rate center tier. The telephoneNumbers filter accepts only TIER_0, TIER_2, HI, AK, PRI and CAN. */
export type RateCenterTier =
  /** Alaska. */
  | 'AK'
  /** Canada. */
  | 'CAN'
  /** Hawaii. */
  | 'HI'
  /** Puerto Rico. */
  | 'PRI'
  /** Tier 0. */
  | 'TIER_0'
  /** Tier 1. */
  | 'TIER_1'
  /** Tier 2. */
  | 'TIER_2'
  /** Wireless tier A. */
  | 'WS_A'
  /** Wireless tier B. */
  | 'WS_B'
  /** Wireless tier C. */
  | 'WS_C';

/** Refuse one number of a port-out order (another carrier asked to take it). */
export type RejectPortOutInput = {
  /** The port-out order id, e.g. "1501843" (from the port-out authorization webhook). */
  orderId: Scalars['ID']['input'];
  /** Why the request is refused. */
  reason: PortOutRejectReason;
  /** The number to keep, ten digits. */
  tn: Scalars['TN']['input'];
};

/** Result of rejectPortOut. */
export type RejectPortOutPayload = {
  __typename?: 'RejectPortOutPayload';
  /** The port-out order as the carrier lists it now; null when it does not, or nothing changed. */
  order?: Maybe<Order>;
  /** The number refused; null when nothing changed. */
  tn?: Maybe<Scalars['TN']['output']>;
  /** Why nothing changed: a malformed order id (nothing was sent); NOT_FOUND at `orderId` (no such port-out order) or at `tn` (the number is not on it); WRONG_STATUS at `tn` (the number was already rejected or approved) or at `orderId` (the order is no longer pending); or REJECTED with the carrier's message. */
  userErrors: Array<UserError>;
};

/** Result of releaseTelephoneNumbers. */
export type ReleaseTelephoneNumbersPayload = {
  __typename?: 'ReleaseTelephoneNumbersPayload';
  /** Numbers the carrier skipped, with the reason and code (each also a userError at its input item). */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the carrier skipped.
   * @deprecated Use `excludedNumbers`.
   */
  excludedTns: Array<Scalars['TN']['output']>;
  /** The numbers released back to inventory (requested minus skipped). */
  numbers: Array<Scalars['TN']['output']>;
  /** Numbers in the request. */
  requestedCount: Scalars['Int']['output'];
  /** Numbers the carrier processed. */
  succeededCount: Scalars['Int']['output'];
  /**
   * The numbers processed (requested minus excluded).
   * @deprecated Use `numbers`.
   */
  tns: Array<Scalars['TN']['output']>;
  /** Input problems (nothing was sent to the carrier), a reached reservation limit (LIMIT_REACHED at ["input", "numbers"]: nothing changed), and each number the carrier skipped, at its input item (ALREADY_RESERVED or EXCLUDED). Empty on full success. */
  userErrors: Array<UserError>;
};

/** The number whose E911 address is removed. */
export type RemoveE911Input = {
  /** A number of the account. */
  tn: Scalars['TN']['input'];
};

/** Result of removeE911NotificationEmails. */
export type RemoveE911NotificationEmailsPayload = {
  __typename?: 'RemoveE911NotificationEmailsPayload';
  /** The whole list after the change; empty when refused. */
  emails: Array<Scalars['String']['output']>;
  /** The number; null for the account-wide list. */
  tn?: Maybe<Scalars['TN']['output']>;
  /** Input problems (nothing was sent), a list that would exceed its maximum (LIMIT_REACHED), a number not on the account (NOT_FOUND), or an address the carrier refused (INVALID). */
  userErrors: Array<UserError>;
};

/** Result of removeE911. */
export type RemoveE911Payload = {
  __typename?: 'RemoveE911Payload';
  /** The E911 service after the removal (NOT_PROVISIONED); null when refused. */
  e911?: Maybe<TelephoneNumberE911>;
  /** Input problems (nothing was sent), or a number not on the account (NOT_FOUND). */
  userErrors: Array<UserError>;
};

/** Numbers to take out of their campaign. */
export type RemoveMessagingCampaignInput = {
  /** Your own reference for the change (letters and digits, at most 50). */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** Numbers of the account, In Service; at most 100. */
  numbers: Array<Scalars['TN']['input']>;
};

/** Result of removeMessagingCampaign. */
export type RemoveMessagingCampaignPayload = {
  __typename?: 'RemoveMessagingCampaignPayload';
  /** The carrier order that records the change; null when nothing was changed. */
  orderId?: Maybe<Scalars['String']['output']>;
  /** Input problems (nothing was sent), or the carrier refusing the request: a number not In Service (WRONG_STATUS), a number or campaign it does not know (INVALID), anything else (REJECTED). The carrier refuses all numbers together. */
  userErrors: Array<UserError>;
};

/** A routing label and its new name. */
export type RenameRoutingLabelInput = {
  /** The label: its carrier label or your current name for it (at most 100 characters). */
  name: Scalars['String']['input'];
  /** Your new name for it (at most 100 characters). */
  newName: Scalars['String']['input'];
};

/** Result of renameRoutingLabel. */
export type RenameRoutingLabelPayload = {
  __typename?: 'RenameRoutingLabelPayload';
  /**
   * The label as the carrier lists it after the change.
   *
   * Carrier: /routingLabelSearchAssigned.
   */
  routingLabel?: Maybe<RoutingLabel>;
  /** Input problems (nothing was sent), an unknown label (NOT_FOUND) or a refusal (REJECTED). */
  userErrors: Array<UserError>;
};

/** How many new numbers to ask the carrier for, and where. Every criterion is optional: areaCode (with exchange for one NPA-NXX), rateCenter (with its state), lata, state. With activate the numbers are put in service on your account; otherwise they are added to inventory, where you can find, reserve and order them. */
export type RequestTelephoneNumbersInput = {
  /** true: put the numbers in service on your account (on trunkGroupName) as the order completes. false or absent: only add them to inventory. */
  activate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Area code (NPA) of the numbers: three digits, the first 2-9, e.g. "312". */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** Exchange (NXX, the three digits after the area code), e.g. "348". Only together with areaCode. */
  exchange?: InputMaybe<Scalars['String']['input']>;
  /** Three-digit LATA, e.g. "358". */
  lata?: InputMaybe<Scalars['String']['input']>;
  /** How many numbers to request: at least 1. */
  quantity: Scalars['Int']['input'];
  /** Rate center abbreviation, e.g. "WSHNGTNZN1" (at most 50 characters). Only with state. */
  rateCenter?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter US state or Canadian province, e.g. "IL". */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Trunk group the numbers route to once activated (see trunkGroups; at most 100 characters). */
  trunkGroupName?: InputMaybe<Scalars['String']['input']>;
};

/** Result of requestTelephoneNumbers. */
export type RequestTelephoneNumbersPayload = {
  __typename?: 'RequestTelephoneNumbersPayload';
  /**
   * The order the request created: its numbers appear on it, and with activate they are IN_SERVICE on your account once it is CLOSED.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when the request was refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), or the carrier refusing the request (REJECTED, with its reason: at trunkGroupName for an unknown trunk group, else at the input). Empty when the carrier accepted the request. */
  userErrors: Array<UserError>;
};

/** Result of reserveTelephoneNumbers. The carrier holds a reservation for up to four hours, then returns the number to inventory; order it before then (or reserve it again). */
export type ReserveTelephoneNumbersPayload = {
  __typename?: 'ReserveTelephoneNumbersPayload';
  /** Numbers the carrier skipped, with the reason and code (each also a userError at its input item). */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the carrier skipped.
   * @deprecated Use `excludedNumbers`.
   */
  excludedTns: Array<Scalars['TN']['output']>;
  /**
   * The numbers this request reserved, as the reserved list shows them right after it.
   *
   * Carrier: /tnReservedList.
   */
  numbers: Array<ReservedTelephoneNumber>;
  /** Numbers in the request. */
  requestedCount: Scalars['Int']['output'];
  /**
   * The same as `numbers`.
   * @deprecated Use `numbers`.
   */
  reservedNumbers: Array<ReservedTelephoneNumber>;
  /** Numbers the carrier processed. */
  succeededCount: Scalars['Int']['output'];
  /**
   * The numbers processed (requested minus excluded).
   * @deprecated Use `numbers`.
   */
  tns: Array<Scalars['TN']['output']>;
  /** Input problems (nothing was sent to the carrier), a reached reservation limit (LIMIT_REACHED at ["input", "numbers"]: nothing changed), and each number the carrier skipped, at its input item (ALREADY_RESERVED or EXCLUDED). Empty on full success. */
  userErrors: Array<UserError>;
};

/** A number reserved by the account. A reservation lasts up to four hours from reserveTelephoneNumbers; then the carrier returns the number to inventory without notice. The carrier does not report when each reservation was made or lapses, so none is shown here: order the number within four hours of reserving it, or reserve it again. */
export type ReservedTelephoneNumber = {
  __typename?: 'ReservedTelephoneNumber';
  /** What may be provisioned on the number once ordered. */
  capabilities: NumberCapabilities;
  /** City of the number, e.g. "ORADELL". */
  city?: Maybe<Scalars['String']['output']>;
  /** Country calling code, e.g. "1"; null when the carrier does not say. */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** Rate center of the number: where it is local, with its LATA, state and tier. */
  rateCenter?: Maybe<RateCenter>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /** Whether the number is wireless rather than wireline; null when the carrier does not say. */
  wireless?: Maybe<Scalars['Boolean']['output']>;
};

/** A page of numbers the account has reserved. */
export type ReservedTelephoneNumberConnection = {
  __typename?: 'ReservedTelephoneNumberConnection';
  /** Edges with cursors. */
  edges: Array<ReservedTelephoneNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<ReservedTelephoneNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of numbers the account has reserved. */
export type ReservedTelephoneNumberEdge = {
  __typename?: 'ReservedTelephoneNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The numbers the account has reserved at this edge. */
  node: ReservedTelephoneNumber;
};

/** A RespOrg: the organisation that manages a toll-free number in the national registry. */
export type RespOrg = {
  __typename?: 'RespOrg';
  /** Five-character RespOrg id, e.g. LQX01. */
  id: Scalars['String']['output'];
  /** Its name, when the carrier gives one. */
  name?: Maybe<Scalars['String']['output']>;
};

/** How a routing label picks among its routes. */
export type RoutePrioritization =
  /** A kind this API does not know yet; see prioritizationLabel. */
  | 'OTHER'
  /** Split by each route’s proportion. */
  | 'PERCENTAGE'
  /** In route order: the next route takes calls the previous one cannot. */
  | 'SEQUENCE';

/** A toll-free routing label of the account: the routes its toll-free numbers take to your trunk groups. */
export type RoutingLabel = Node & {
  __typename?: 'RoutingLabel';
  /** Your name for the label (set by renameRoutingLabel); null when none. */
  customerAssignedName?: Maybe<Scalars['String']['output']>;
  /** Stable global id of this label (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /** The carrier's label, e.g. NTCHI-1050-8XX-950; numbers are ordered and moved onto it by this or by your name. */
  name: Scalars['String']['output'];
  /** How the label picks among its routes. */
  prioritization?: Maybe<RoutePrioritization>;
  /** The carrier's own text for it, e.g. Sequence. */
  prioritizationLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The routes, in order: one call per label per request, however many times it is asked.
   *
   * Carrier: /routingLabelDetail.
   */
  routes: Array<RoutingLabelRoute>;
  /**
   * The toll-free numbers on this label, paginated.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumbers?: Maybe<TollFreeNumberConnection>;
};


/** A toll-free routing label of the account: the routes its toll-free numbers take to your trunk groups. */
export type RoutingLabelTollFreeNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TollFreeNumberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A route of a routing label. */
export type RoutingLabelRoute = {
  __typename?: 'RoutingLabelRoute';
  /** Share of calls in percent (PERCENTAGE labels; 0 otherwise). */
  proportion?: Maybe<Scalars['Int']['output']>;
  /** Position in the route order, from 0. */
  sequence?: Maybe<Scalars['Int']['output']>;
  /** The trunk group the route sends calls to. */
  trunkGroup?: Maybe<TrunkGroup>;
};

/** Kind of order (carrier serviceOrderReference NEW, DISCO, CHANGE). */
export type ServiceOrderType =
  /** Trunk group/routing update or feature change. */
  | 'CHANGE'
  /** Disconnect (DISCO). */
  | 'DISCONNECT'
  /** New numbers: inventory order, load or port-in. */
  | 'NEW';

/** Sort direction (the carrier's pageSort.direction). */
export type SortDirection =
  /** Ascending: lowest first, A to Z (carrier asc). */
  | 'ASC'
  /** Descending: highest first, Z to A (carrier desc). */
  | 'DESC';

/** A telephone number assigned to the account. */
export type TelephoneNumber = Node & {
  __typename?: 'TelephoneNumber';
  /** When the number was activated on its current trunk group, in UTC, to the millisecond. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Carrier user that activated the number, e.g. "api_user". */
  activatedBy?: Maybe<Scalars['String']['output']>;
  /**
   * Where calls to the number are forwarded; null when they are not (the account list is read once per request).
   *
   * Carrier: /tnForwardList.
   */
  callForwarding?: Maybe<CallForwarding>;
  /** Country calling code, e.g. "1". */
  countryCode?: Maybe<Scalars['String']['output']>;
  /** E911 service of the number: whether an address is provisioned, the address, and who is notified of emergency calls. */
  e911: TelephoneNumberE911;
  /** End user (subscriber) stored for the number; null when none is stored. */
  endUser?: Maybe<EndUser>;
  /**
   * Orders this number was left out of, and why.
   *
   * Carrier: /excludedTnList.
   */
  exclusions?: Maybe<Array<ExcludedTelephoneNumber>>;
  /** Caller ID, directory listing, E911 and messaging on the number. */
  features: TelephoneNumberFeatures;
  /** Whether a port-out PIN is set. The PIN itself is a secret and is never returned; set it with updatePortOutPin. */
  hasPortOutPin: Scalars['Boolean']['output'];
  /** Stable global id of this number (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /**
   * Messaging on the number: class, type and campaign; null when the number has neither messaging nor a campaign (the account-wide campaign assignments are read once per request, not per number).
   *
   * Carrier: /tnMessagingCampaignList.
   */
  messaging?: Maybe<TelephoneNumberMessaging>;
  /** Free-text note on the number (carrier tnNote; searchable with noteContains). */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * Orders that include this number, newest first, a page at a time.
   *
   * Carrier: /orderList.
   */
  orders?: Maybe<OrderConnection>;
  /**
   * A pending port-in of a number the account already has; null otherwise, and so null for an ordinary port-in: until the port completes the number is still the losing carrier's, so `telephoneNumber(tn:)` itself is null, and once ported this is null again (only pending port-ins are read; the order stays in `orders`). Follow numbers still at the losing carrier with `portingNumbers(...)` or `portInOrder(id:)`. One carrier call per request for every number.
   *
   * Carrier: /portInOrderTnList.
   */
  portIn?: Maybe<PortingNumber>;
  /**
   * The number's port-outs to other carriers settled in the past three months, oldest first; empty when none. Read once per request for every number asked.
   *
   * Carrier: /tnPortOutHistory.
   */
  portOutHistory: Array<PortOut>;
  /** Rate center of the number; null when the carrier reports none. */
  rateCenter?: Maybe<RateCenter>;
  /** Where the number came from. */
  source?: Maybe<Scalars['String']['output']>;
  /** Status of the number on the account. */
  status: TelephoneNumberStatus;
  /**
   * Trouble tickets that name this number as calling or called number, newest first. The carrier cannot search tickets by number: the ticket list is read once per request, whatever the number of numbers asked about, and each ticket once (the numbers a ticket names are then cached for a day: later requests read new tickets and the matching ones only).
   *
   * Carrier: /ticketList, /ticketDetail.
   */
  tickets?: Maybe<TicketConnection>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /** The trunk group the number routes to (no extra upstream call). */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Name of the trunk group the number routes to (carrier trunkGroup; see `trunkGroup`). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
  /**
   * The number's voice platform script for one direction; null when it has none (every number's scripts are read once per request).
   *
   * Carrier: /voiceScriptDetail.
   */
  voiceScript?: Maybe<VoiceScript>;
  /** Whether the number is wireless rather than wireline; null when not reported. */
  wireless?: Maybe<Scalars['Boolean']['output']>;
};


/** A telephone number assigned to the account. */
export type TelephoneNumberOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A telephone number assigned to the account. */
export type TelephoneNumberTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A telephone number assigned to the account. */
export type TelephoneNumberVoiceScriptArgs = {
  direction?: VoiceScriptDirection;
};

/** A page of assigned telephone numbers. */
export type TelephoneNumberConnection = {
  __typename?: 'TelephoneNumberConnection';
  /** Edges with cursors. */
  edges: Array<TelephoneNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<TelephoneNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** A number's E911 service: its provisioned address and who is notified of emergency calls. */
export type TelephoneNumberE911 = {
  __typename?: 'TelephoneNumberE911';
  /** The provisioned address; null when none is provisioned. */
  address?: Maybe<E911Address>;
  /**
   * E-mail addresses notified when the number calls emergency services; empty when none. One carrier call per number (no list form exists).
   *
   * Carrier: /tnE911NotificationList.
   */
  notificationEmails: Array<Scalars['String']['output']>;
  /** Whether an E911 address is provisioned. */
  status: E911Status;
};

/** An edge in a connection of assigned telephone numbers. */
export type TelephoneNumberEdge = {
  __typename?: 'TelephoneNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The assigned telephone number at this edge. */
  node: TelephoneNumber;
};

/** Features of a number as the carrier reports them. callerId is an object whenever the carrier reports a calling name or a CNAM dip setting, which in practice it does for every number (e.g. { callingName: null, cnamDip: false }): a calling name is provisioned when callingName is set. directoryListing, e911 and messaging are null when not provisioned. */
export type TelephoneNumberFeatures = {
  __typename?: 'TelephoneNumberFeatures';
  /** Caller ID (CNAM): the calling name (null when none is stored) and the CNAM dip setting; null only when the carrier reports neither. */
  callerId?: Maybe<CallerId>;
  /** Directory listing; null when none is stored. */
  directoryListing?: Maybe<DirectoryListing>;
  /** E911 service address; null when none is stored. */
  e911?: Maybe<E911Address>;
  /** Messaging (SMS/MMS); null when messaging is not enabled. */
  messaging?: Maybe<MessagingFeature>;
};

/** Filters over assigned numbers. All given filters must match. */
export type TelephoneNumberFilter = {
  /** Only numbers in this area code (NPA), three digits, e.g. "312". Not with tnMask/tnWildcard. */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Calling name contains this text (at most 15 characters). */
  callingNameContains?: InputMaybe<Scalars['String']['input']>;
  /** Any directory listing field contains this text (at most 100 characters). */
  directoryListingContains?: InputMaybe<Scalars['String']['input']>;
  /** Any E911 address field contains this text (at most 100 characters). */
  e911Contains?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers in this exchange (NXX, the three digits after the area code), e.g. "555". Not with tnMask/tnWildcard. */
  exchange?: InputMaybe<Scalars['String']['input']>;
  /** Three-digit LATA. */
  lata?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers enabled for messaging with this class. */
  messageClass?: InputMaybe<MessageClass>;
  /** Only numbers enabled for messaging of this type. */
  messageType?: InputMaybe<MessageType>;
  /** Note contains this text (at most 100 characters). */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /**
   * The same as `state`.
   * @deprecated Use `state`.
   */
  province?: InputMaybe<Scalars['String']['input']>;
  /** Rate center abbreviation, e.g. WSHNGTNZN1 (at most 50 characters). */
  rateCenter?: InputMaybe<Scalars['String']['input']>;
  /** One of TIER_0, TIER_2, HI, AK, PRI, CAN. */
  rateCenterTier?: InputMaybe<RateCenterTier>;
  /** Two-letter US state or Canadian province, e.g. "IL". */
  state?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers in this status. */
  status?: InputMaybe<TelephoneNumberStatus>;
  /** Exactly 10 characters of 0-9, x, X or space (x/X/space = any digit), e.g. "312xxxxxxx". Default: all numbers. */
  tnMask?: InputMaybe<Scalars['String']['input']>;
  /** Exact trunk group name (at most 100 characters). */
  trunkGroupName?: InputMaybe<Scalars['String']['input']>;
  /** true: only wireless numbers; false: only wireline numbers. */
  wireless?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Messaging (SMS/MMS) on a number: its class and type, and the campaign it sends under. */
export type TelephoneNumberMessaging = {
  __typename?: 'TelephoneNumberMessaging';
  /**
   * The campaign the number sends under; null when none (the campaign list is read once per request).
   *
   * Carrier: /messageCampaigns.
   */
  campaign?: Maybe<MessagingCampaign>;
  /** Messaging class; null when messaging is not enabled. */
  messageClass?: Maybe<MessageClass>;
  /** Messaging type; null when messaging is not enabled. */
  messageType?: Maybe<MessageType>;
};

/** Sort order of assigned numbers. */
export type TelephoneNumberSort = {
  /** ASC unless given. */
  direction?: InputMaybe<SortDirection>;
  /** What to sort by. */
  field: TelephoneNumberSortField;
};

/** What assigned numbers can be sorted by. */
export type TelephoneNumberSortField =
  /** By LATA. */
  | 'LATA'
  /** By rate center abbreviation. */
  | 'RATE_CENTER'
  /** By state or province. */
  | 'STATE'
  /** By number. */
  | 'TN';

/** Status of an assigned number. */
export type TelephoneNumberStatus =
  /** In Service (INSVC). */
  | 'IN_SERVICE'
  /** Pending, e.g. on an open order (PNDNG). */
  | 'PENDING'
  /** Pending Disconnect (PDISC). */
  | 'PENDING_DISCONNECT';

/** The numbers to reserve or release: give `numbers` (`tns` is its former name; not both). */
export type TelephoneNumbersInput = {
  /** At least one number, at most 1000, no duplicates. */
  numbers?: InputMaybe<Array<Scalars['TN']['input']>>;
  /**
   * The same as `numbers`.
   * @deprecated Use `numbers`.
   */
  tns?: InputMaybe<Array<Scalars['TN']['input']>>;
};

/**
 * A trouble ticket opened with the carrier about a service problem: who reported it, what is wrong, which numbers, and how far the carrier has got. Lists read the ticket list; the other fields read the ticket once, batched per ticket.
 * Carrier: /ticketList, /ticketDetail.
 */
export type Ticket = Node & {
  __typename?: 'Ticket';
  /**
   * Who at the carrier works on the ticket.
   *
   * Carrier: /ticketDetail.
   */
  assignment: TicketAssignment;
  /**
   * Who the carrier contacts about the ticket.
   *
   * Carrier: /ticketList, /ticketDetail.
   */
  contact: TicketContact;
  /** Your own reference for the ticket, given when it was opened (carrier extlCompanyTicket). */
  customerTicketReference?: Maybe<Scalars['String']['output']>;
  /**
   * The trouble, as the reporter described it.
   *
   * Carrier: /ticketDetail.
   */
  description?: Maybe<Scalars['String']['output']>;
  /**
   * Files attached to the ticket (one read per ticket, batched).
   *
   * Carrier: /ticketDocument.
   */
  documents: Array<TicketDocument>;
  /**
   * Who opened the ticket.
   *
   * Carrier: /ticketDetail.
   */
  enteredBy?: Maybe<Scalars['String']['output']>;
  /** The day the ticket was opened (carrier enterDate), YYYY-MM-DD. */
  enteredOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Stable global id of this ticket (for `node(id:)`, client caches and `ticket(id:)`). */
  id: Scalars['ID']['output'];
  /**
   * Notes on the ticket, oldest first (one read per ticket, batched).
   *
   * Carrier: /ticketNote.
   */
  notes: Array<TicketNote>;
  /**
   * The day the problem was seen (YYYY-MM-DD).
   *
   * Carrier: /ticketDetail.
   */
  occurredOn?: Maybe<Scalars['LocalDate']['output']>;
  /**
   * The calling number as reported: up to 15 digits.
   *
   * Carrier: /ticketDetail.
   */
  originatingNumber?: Maybe<Scalars['String']['output']>;
  /**
   * The calling number when it is one of yours; null otherwise (batched with every number of the request).
   *
   * Carrier: /ticketDetail, /tnDetail.
   */
  originatingTelephoneNumber?: Maybe<TelephoneNumber>;
  /**
   * What is wrong; null when the carrier reports nothing.
   *
   * Carrier: /ticketDetail.
   */
  problem?: Maybe<TicketProblem>;
  /**
   * The problem in the carrier's words, e.g. "Fast Busy".
   *
   * Carrier: /ticketDetail.
   */
  problemLabel?: Maybe<Scalars['String']['output']>;
  /**
   * What the carrier found and did; empty until resolved.
   *
   * Carrier: /ticketDetail.
   */
  resolution: TicketResolution;
  /**
   * The carrier service the ticket is about, e.g. "None".
   *
   * Carrier: /ticketDetail.
   */
  service?: Maybe<Scalars['String']['output']>;
  /**
   * Where the ticket came from, in the carrier's words.
   *
   * Carrier: /ticketDetail.
   */
  source?: Maybe<Scalars['String']['output']>;
  /** Where the ticket stands; null when the carrier reports no status. */
  status?: Maybe<TicketStatus>;
  /** The status in the carrier's words, e.g. "Referred Out". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The called number as reported: up to 15 digits.
   *
   * Carrier: /ticketDetail.
   */
  terminatingNumber?: Maybe<Scalars['String']['output']>;
  /**
   * The called number when it is one of yours; null otherwise (batched with every number of the request).
   *
   * Carrier: /ticketDetail, /tnDetail.
   */
  terminatingTelephoneNumber?: Maybe<TelephoneNumber>;
  /** The carrier's ticket number (troubleTicketId), e.g. "432789": what its support staff quote. */
  ticketNumber: Scalars['String']['output'];
  /**
   * Who changed the ticket last.
   *
   * Carrier: /ticketDetail.
   */
  updatedBy?: Maybe<Scalars['String']['output']>;
  /**
   * The day the ticket last changed (YYYY-MM-DD).
   *
   * Carrier: /ticketDetail.
   */
  updatedOn?: Maybe<Scalars['LocalDate']['output']>;
};

/**
 * Who at the carrier works on a ticket.
 *
 * Carrier: /ticketDetail.
 */
export type TicketAssignment = {
  __typename?: 'TicketAssignment';
  /** Market, e.g. "Washington DC". */
  market?: Maybe<Scalars['String']['output']>;
  /** Operational market. */
  operationalMarket?: Maybe<Scalars['String']['output']>;
  /** Region, e.g. "South". */
  region?: Maybe<Scalars['String']['output']>;
  /** Network operations technician on the ticket. */
  technician?: Maybe<Scalars['String']['output']>;
  /** Team working on it, e.g. "Network Operations Center". */
  workgroup?: Maybe<Scalars['String']['output']>;
};

/** A page of trouble tickets. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** Edges with cursors. */
  edges: Array<TicketEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<Ticket>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/**
 * Who the carrier contacts about a ticket.
 *
 * Carrier: /ticketDetail.
 */
export type TicketContact = {
  __typename?: 'TicketContact';
  /** Country of the trouble, e.g. "USA". */
  country?: Maybe<Scalars['String']['output']>;
  /** Email address. */
  email?: Maybe<Scalars['String']['output']>;
  /** First and last name. */
  name?: Maybe<Scalars['String']['output']>;
  /** Ten-digit phone number. */
  phone?: Maybe<Scalars['String']['output']>;
  /** Four-digit phone extension. */
  phoneExtension?: Maybe<Scalars['String']['output']>;
};

/**
 * A file attached to a ticket. Its content is read only when `content` is selected; `downloadPath` serves it over plain HTTP for a browser to save.
 *
 * Carrier: /ticketDocument.
 */
export type TicketDocument = {
  __typename?: 'TicketDocument';
  /** The file, base64-encoded; only read when selected (the list read already carries it: no extra call). */
  content?: Maybe<Scalars['String']['output']>;
  /** Description given on upload. */
  description?: Maybe<Scalars['String']['output']>;
  /** Path on this gateway that downloads the file: GET it (same authorisation as /graphql). */
  downloadPath: Scalars['String']['output'];
  /** The carrier's document id (documentId). */
  id: Scalars['ID']['output'];
  /** MIME type, from the file name's extension or the content itself; application/octet-stream when unknown. */
  mimeType: Scalars['String']['output'];
  /** File name, e.g. "screenshot.png". */
  name?: Maybe<Scalars['String']['output']>;
  /** Size in bytes, decoded; null when the carrier sent no content. */
  size?: Maybe<Scalars['Int']['output']>;
};

/** An edge in a connection of trouble tickets. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The trouble ticket at this edge. */
  node: Ticket;
};

/** Filters over trouble tickets. All given filters must match. */
export type TicketFilter = {
  /** Your own reference for the ticket (alphanumeric, at most 50 characters). */
  customerTicketReference?: InputMaybe<Scalars['String']['input']>;
  /** Opened on or after this day (YYYY-MM-DD). */
  enteredFrom?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Opened on or before this day (YYYY-MM-DD). */
  enteredTo?: InputMaybe<Scalars['LocalDate']['input']>;
  /** True: every ticket except those in `status`. Needs `status`. */
  excludeStatus?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only tickets in this status (or, with excludeStatus, in any other). */
  status?: InputMaybe<TicketStatus>;
};

/**
 * A note on a ticket, yours or the carrier's.
 *
 * Carrier: /ticketNote.
 */
export type TicketNote = {
  __typename?: 'TicketNote';
  /** When it was written, in UTC. */
  createdAt?: Maybe<Scalars['DateTime']['output']>;
  /** Carrier user who wrote it, e.g. "api_user". */
  createdBy?: Maybe<Scalars['String']['output']>;
  /** The carrier's note id (noteId); null when the carrier gives none. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The note as written. */
  text: Scalars['String']['output'];
};

/** What is wrong, as the carrier classifies trouble; problemLabel keeps its own words. */
export type TicketProblem =
  /** Caller ID (carrier code CALLERID). */
  | 'CALLER_ID'
  /** Calls dropping (carrier code CALLDROP). */
  | 'CALLS_DROPPING'
  /** Noise, static, or poor call quality (carrier code QUALITY). */
  | 'CALL_QUALITY'
  /** Insufficient resources available (carrier code CAPACITY). */
  | 'CAPACITY'
  /** Dead air (carrier code DEDAIR). */
  | 'DEAD_AIR'
  /** Delayed audio (carrier code DLYDAUD). */
  | 'DELAYED_AUDIO'
  /** Dual tone multi-frequency (carrier code DTMF). */
  | 'DTMF'
  /** Equipment alarm (carrier code EQUIPALRM). */
  | 'EQUIPMENT_ALARM'
  /** Fast busy (carrier code FASTBUSY). */
  | 'FAST_BUSY'
  /** Fax failing (carrier code FAXFAIL). */
  | 'FAX_FAILING'
  /** One-way audio (carrier code OWAUD). */
  | 'ONE_WAY_AUDIO'
  /** A problem this gateway does not know yet; see problemLabel. Not accepted when opening a ticket. */
  | 'OTHER'
  /** Packet loss (carrier code PKTLOSS). */
  | 'PACKET_LOSS'
  /** Point-of-sale or credit card machine (carrier code POSCCM). */
  | 'POINT_OF_SALE'
  /** Post-dial delay (carrier code PDD). */
  | 'POST_DIAL_DELAY'
  /** Recording (carrier code RECORDING). */
  | 'RECORDING'
  /** Remote hands request (carrier code RMTHNDS). */
  | 'REMOTE_HANDS'
  /** Incorrect codec (carrier code WRONGCODEC). */
  | 'WRONG_CODEC'
  /** Incorrect location routing number (carrier code WRONGLRN). */
  | 'WRONG_LRN'
  /** Reaching wrong number (carrier code WRONGNUM). */
  | 'WRONG_NUMBER'
  /** Call going to wrong trunk group (carrier code WRONGTG). */
  | 'WRONG_TRUNK_GROUP';

/**
 * What the carrier found and did about a ticket; empty until it is resolved.
 *
 * Carrier: /ticketDetail.
 */
export type TicketResolution = {
  __typename?: 'TicketResolution';
  /** What caused the trouble, in the carrier's words. */
  cause?: Maybe<Scalars['String']['output']>;
  /** Who closed it. */
  closedBy?: Maybe<Scalars['String']['output']>;
  /** Expected impact on your customers. */
  expectedCustomerImpact?: Maybe<Scalars['String']['output']>;
  /** How it was resolved, in the carrier's words. */
  resolution?: Maybe<Scalars['String']['output']>;
  /** Who resolved it. */
  resolvedBy?: Maybe<Scalars['String']['output']>;
};

/** Where a trouble ticket stands. The carrier moves it along; statusLabel keeps its own words. */
export type TicketStatus =
  /** Closed ("Closed"). */
  | 'CLOSED'
  /** Fixed and watched for a day ("24-Hour Monitor"). */
  | 'MONITORING'
  /** Just opened ("Open"). */
  | 'OPEN'
  /** A status this gateway does not know yet; see statusLabel. */
  | 'OTHER'
  /** Waiting to be closed ("Ready for Closure"). */
  | 'READY_FOR_CLOSURE'
  /** Handed to another party to work on ("Referred Out"). */
  | 'REFERRED_OUT'
  /** Resolved ("Resolved"). */
  | 'RESOLVED';

/** Caller ID of a toll-free number. */
export type TollFreeCallerId = {
  __typename?: 'TollFreeCallerId';
  /** Name shown on outbound calls (LIDB storage); null when none. */
  callingName?: Maybe<Scalars['String']['output']>;
  /** Whether inbound calls get the caller name looked up (CNAM dip); null when unknown. */
  cnamDip?: Maybe<Scalars['Boolean']['output']>;
};

/** Caller ID to set on a toll-free number. */
export type TollFreeCallerIdInput = {
  /** Name shown on outbound calls: at most 15 characters, at least one letter. */
  callingName?: InputMaybe<Scalars['String']['input']>;
  /** Look up the caller name on inbound calls (CNAM dip). */
  cnamDip?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A carrier identification code (CIC) supported for loading toll-free numbers, and its RespOrg. */
export type TollFreeCic = Node & {
  __typename?: 'TollFreeCic';
  /** Four-digit CIC, e.g. "0913" (leading zeros kept). */
  cic: Scalars['String']['output'];
  /** Company behind the CIC. */
  companyName?: Maybe<Scalars['String']['output']>;
  /** Stable global id of this CIC (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /** RespOrg id prefix, e.g. GDG01. */
  respOrgPrefix?: Maybe<Scalars['String']['output']>;
};

/** The E911 address of a toll-free number. */
export type TollFreeE911Address = {
  __typename?: 'TollFreeE911Address';
  /** When the address was activated. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who activated it. */
  activatedBy?: Maybe<Scalars['String']['output']>;
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Location within the address, e.g. Suite 900. */
  location?: Maybe<Scalars['String']['output']>;
  /** First and last name. */
  name?: Maybe<Scalars['String']['output']>;
  /** ZIP code. */
  postalCode?: Maybe<Scalars['String']['output']>;
  /** Two-letter state. */
  state?: Maybe<Scalars['String']['output']>;
  /** Street, e.g. W Adams St. */
  street?: Maybe<Scalars['String']['output']>;
  /** Street number, e.g. 550. */
  streetNumber?: Maybe<Scalars['String']['output']>;
};

/** An E911 address (name and location accept any printable ASCII). */
export type TollFreeE911Input = {
  /** City. */
  city: Scalars['String']['input'];
  /** Location, e.g. Suite 900. */
  location?: InputMaybe<Scalars['String']['input']>;
  /** First and last name. */
  name: Scalars['String']['input'];
  /** ZIP code. */
  postalCode: Scalars['String']['input'];
  /** ZIP+4 extension. */
  postalCodePlusFour?: InputMaybe<Scalars['String']['input']>;
  /** Two-letter state. */
  state: Scalars['String']['input'];
  /** Street, e.g. W Adams St. */
  street: Scalars['String']['input'];
  /** Street number, e.g. 550. */
  streetNumber: Scalars['String']['input'];
};

/** A feature a toll-free number can have. */
export type TollFreeFeature =
  /** A caller ID name stored for outbound calls (LIDB). */
  | 'CALLING_NAME'
  /** An E911 address. */
  | 'E911'
  /** Text messaging. */
  | 'MESSAGING';

/** Feature changes for one number: set a feature, or remove it (not both for the same feature). */
export type TollFreeFeatureChangeInput = {
  /** Caller ID to add or change. */
  callerId?: InputMaybe<TollFreeCallerIdInput>;
  /** E911 address to add or change. */
  e911?: InputMaybe<TollFreeE911Input>;
  /** Messaging to add or change. */
  messaging?: InputMaybe<TollFreeMessagingInput>;
  /** Remove caller ID name storage. */
  removeCallerId?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove the E911 address. */
  removeE911?: InputMaybe<Scalars['Boolean']['input']>;
  /** Remove messaging. */
  removeMessaging?: InputMaybe<Scalars['Boolean']['input']>;
  /** The toll-free number. */
  tn: Scalars['TN']['input'];
};

/** Features of a toll-free number; a feature the number does not have is null. */
export type TollFreeFeatures = {
  __typename?: 'TollFreeFeatures';
  /** Caller ID name storage and CNAM dip. */
  callerId?: Maybe<TollFreeCallerId>;
  /** E911 address. */
  e911?: Maybe<TollFreeE911Address>;
  /** Text messaging. */
  messaging?: Maybe<TollFreeMessaging>;
};

/** Features of a new toll-free number. */
export type TollFreeFeaturesInput = {
  /** Caller ID. */
  callerId?: InputMaybe<TollFreeCallerIdInput>;
  /** E911 address. */
  e911?: InputMaybe<TollFreeE911Input>;
  /** Messaging. */
  messaging?: InputMaybe<TollFreeMessagingInput>;
};

/** Text messaging on a toll-free number. */
export type TollFreeMessaging = {
  __typename?: 'TollFreeMessaging';
  /** Messaging class: P2P, A2PLC or A2P8XX. */
  messageClass?: Maybe<MessageClass>;
  /** SMS, MMS or both. */
  messageType?: Maybe<MessageType>;
  /** NetNumber ID (NNID), when one is set. */
  netNumberId?: Maybe<Scalars['String']['output']>;
};

/** Messaging to set on a toll-free number. */
export type TollFreeMessagingInput = {
  /** Messaging class. */
  messageClass: MessageClass;
  /** SMS, MMS or both. */
  messageType: MessageType;
  /** NetNumber ID configured on your account; default when absent. */
  netNumberId?: InputMaybe<Scalars['String']['input']>;
};

/** A toll-free number (800, 833, 844, 855, 866, 877, 888) assigned to the account. */
export type TollFreeNumber = Node & {
  __typename?: 'TollFreeNumber';
  /** When the number was activated on its current routing. */
  activatedAt?: Maybe<Scalars['DateTime']['output']>;
  /** Who activated it. */
  activatedBy?: Maybe<Scalars['String']['output']>;
  /**
   * Where calls to the number are forwarded; null when they are not (the account list is read once per request).
   *
   * Carrier: /tfForwardList.
   */
  callForwarding?: Maybe<CallForwarding>;
  /** CICs the number is loaded on. */
  cics: Array<Cic>;
  /** Caller ID, messaging and E911. */
  features: TollFreeFeatures;
  /** Stable global id of this number (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /** Your note on the number. */
  note?: Maybe<Scalars['String']['output']>;
  /**
   * Orders that include this toll-free number, newest first, a page at a time.
   *
   * Carrier: /orderList.
   */
  orders?: Maybe<OrderConnection>;
  /** The RespOrg managing the number. */
  respOrg?: Maybe<RespOrg>;
  /**
   * The routing label the number is on (the account label list is read once per request).
   *
   * Carrier: /routingLabelSearchAssigned.
   */
  routingLabel?: Maybe<RoutingLabel>;
  /** Status; see statusLabel for the carrier text. */
  status?: Maybe<TollFreeNumberStatus>;
  /** The carrier's own status text, e.g. In Service. */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
};


/** A toll-free number (800, 833, 844, 855, 866, 877, 888) assigned to the account. */
export type TollFreeNumberOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of toll-free numbers. */
export type TollFreeNumberConnection = {
  __typename?: 'TollFreeNumberConnection';
  /** Edges with cursors. */
  edges: Array<TollFreeNumberEdge>;
  /** The nodes of `edges`, for clients that need no cursors. */
  nodes: Array<TollFreeNumber>;
  /** Pagination state. */
  pageInfo: PageInfo;
  /** Total number of matching items, as reported by the carrier. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection of toll-free numbers. */
export type TollFreeNumberEdge = {
  __typename?: 'TollFreeNumberEdge';
  /** Opaque cursor of this edge; pass it as `after` to continue after it. */
  cursor: Scalars['String']['output'];
  /** The toll-free number at this edge. */
  node: TollFreeNumber;
};

/** Filters over the toll-free numbers of the account; all given filters must match. */
export type TollFreeNumberFilter = {
  /** Activated by a user whose name contains this text. */
  activatedBy?: InputMaybe<Scalars['String']['input']>;
  /** Activated at or after this instant. */
  activatedFrom?: InputMaybe<Scalars['DateTime']['input']>;
  /** Activated at or before this instant. */
  activatedTo?: InputMaybe<Scalars['DateTime']['input']>;
  /** Caller ID name contains this text. */
  callingNameContains?: InputMaybe<Scalars['String']['input']>;
  /** With (true) or without (false) CNAM dip. */
  cnamDip?: InputMaybe<Scalars['Boolean']['input']>;
  /** Any E911 field contains this text. */
  e911Contains?: InputMaybe<Scalars['String']['input']>;
  /** With (true) or without (false) a caller ID name. */
  hasCallingName?: InputMaybe<Scalars['Boolean']['input']>;
  /** With (true) or without (false) an E911 address. */
  hasE911?: InputMaybe<Scalars['Boolean']['input']>;
  /** With (true) or without (false) messaging. */
  hasMessaging?: InputMaybe<Scalars['Boolean']['input']>;
  /** Messaging class. */
  messageClass?: InputMaybe<MessageClass>;
  /** Messaging type. */
  messageType?: InputMaybe<MessageType>;
  /** Note contains this text. */
  noteContains?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers on this routing label (its carrier name) (at most 100 characters). */
  routingLabel?: InputMaybe<Scalars['String']['input']>;
  /** Only numbers in one of these statuses. */
  statuses?: InputMaybe<Array<TollFreeNumberStatus>>;
  /** Number pattern: must be exactly 10 characters of 0-9, x or X (x matches any digit), e.g. "877xxxxxxx". */
  tnMask?: InputMaybe<Scalars['String']['input']>;
};

/** Where a toll-free number of the account stands. */
export type TollFreeNumberStatus =
  /** Active and routing calls (carrier INSVC). */
  | 'IN_SERVICE'
  /** Ordered, not yet routing (carrier PNDNG). */
  | 'PENDING'
  /** A disconnect order is under way (carrier PDISC). */
  | 'PENDING_DISCONNECT';

/** A number on a toll-free order (products toll-free load, toll-free port-in and toll-free inventory). */
export type TollFreeOrderLine = OrderLine & {
  __typename?: 'TollFreeOrderLine';
  /** The companies of those codes, in the same order (carrier cicCompanyList.cicCompany). */
  cicCompanies: Array<Scalars['String']['output']>;
  /** Carrier identification codes the number is loaded on (carrier cicList.cic); empty when none. */
  cics: Array<Scalars['String']['output']>;
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /** Name of the RespOrg that controls the number (carrier respOrgName). */
  respOrgName?: Maybe<Scalars['String']['output']>;
  /** RespOrg id prefix (carrier respOrgPrefix), e.g. "LQX". */
  respOrgPrefix?: Maybe<Scalars['String']['output']>;
  /** Routing label the number is ordered onto (carrier routingLabel). */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** One toll-free number to order. */
export type TollFreeOrderLineInput = {
  /** CICs to load it on, four digits each. */
  cics?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Features. */
  features?: InputMaybe<TollFreeFeaturesInput>;
  /** Your note on the number (at most 4000 characters). */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Your RespOrg id; required for LOAD_ON_OUR_CIC: must be five letters or digits, e.g. ABC01. */
  respOrgId?: InputMaybe<Scalars['String']['input']>;
  /** Routing label to route it on (its carrier name or your name for it) (at most 100 characters). */
  routingLabel: Scalars['String']['input'];
  /** The toll-free number. */
  tn: Scalars['TN']['input'];
};

/** How toll-free numbers come to the account. */
export type TollFreeProduct =
  /** Numbers from the carrier inventory (availableTollFreeNumbers), active at once; at most 100 a month. Carrier 8XXAVAIL. */
  | 'FROM_INVENTORY'
  /** Numbers on your own RespOrg, loaded onto the carrier network (respOrgId required, and yours). Carrier 8XX. */
  | 'LOAD_ON_OUR_CIC'
  /** Numbers ported from another RespOrg to the carrier (letterOfAuthorization must be true, and an LOA and bill copy attached to the order). Carrier 8XXPORTIN. */
  | 'PORT_IN';

/** A new routing label for a number. */
export type TollFreeRoutingInput = {
  /** The routing label (its carrier name or your name for it) (at most 100 characters). */
  routingLabel: Scalars['String']['input'];
  /** The In Service toll-free number. */
  tn: Scalars['TN']['input'];
};

/** A DID trunk group of the account; numbers route to it. */
export type TrunkGroup = Node & {
  __typename?: 'TrunkGroup';
  /**
   * Whether the account lists this trunk group as assigned (for references from other subgraphs).
   *
   * Carrier: /trunkGroupSearchAssigned.
   */
  assigned?: Maybe<Scalars['Boolean']['output']>;
  /** Stable global id of this trunk group (for `node(id:)` and client caches). */
  id: Scalars['ID']['output'];
  /** Trunk group name, e.g. CHCGIL24CL1_897. */
  name: Scalars['String']['output'];
  /**
   * The toll-free routing labels with a route to this trunk group: the label list once, then each label's routes once per request.
   *
   * Carrier: /routingLabelSearchAssigned, /routingLabelDetail.
   */
  routingLabels: Array<RoutingLabel>;
  /**
   * Numbers routed to this trunk group, paginated.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumbers?: Maybe<TelephoneNumberConnection>;
};


/** A DID trunk group of the account; numbers route to it. */
export type TrunkGroupTelephoneNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TelephoneNumberFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  sort?: InputMaybe<TelephoneNumberSort>;
};

/** A number and the trunk group it should route to. */
export type TrunkGroupAssignmentInput = {
  /** An In Service number of the account. */
  tn: Scalars['TN']['input'];
  /** Trunk group name (see trunkGroups; at most 100 characters). */
  trunkGroupName: Scalars['String']['input'];
};

/** A number on a trunk group or routing change (product Telephone Number, type CHANGE): `trunkGroup` is where it moves. */
export type TrunkGroupChangeOrderLine = OrderLine & {
  __typename?: 'TrunkGroupChangeOrderLine';
  /** End user sent with the number on this order; null when none. */
  endUser?: Maybe<EndUser>;
  /** Per-feature provisioning flag and status of the number on this order (carrier cnamEnabled/cnamStatus, dlEnabled/dlStatus …). */
  featureStatus: OrderLineFeatureStatuses;
  /** Features requested for the number on this order; a feature the order does not set is null. */
  features: TelephoneNumberFeatures;
  /** Rate center of the number (carrier rateCenter, lata, province: no name or tier here); null when not reported. */
  rateCenter?: Maybe<RateCenter>;
  /**
   * Toll-free routing label (carrier routingLabel).
   * @deprecated Only toll-free lines have one: use `... on TollFreeOrderLine { routingLabel }`.
   */
  routingLabel?: Maybe<Scalars['String']['output']>;
  /** Where this number stands on the order; null when the carrier's text is not a known one (see statusLabel). */
  status?: Maybe<OrderLineStatus>;
  /** The carrier's own text for `status`, e.g. "Pending", "Received FOC", "PIN required/invalid" or "Complete". */
  statusLabel?: Maybe<Scalars['String']['output']>;
  /**
   * The same as `statusLabel`.
   * @deprecated Use `statusLabel`.
   */
  statusName?: Maybe<Scalars['String']['output']>;
  /**
   * The number, while it is assigned to the account; the lines of one request are read together.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** The ten-digit number. */
  tn: Scalars['TN']['output'];
  /**
   * Port-in TN group label (carrier tnGroup).
   * @deprecated Only port-in lines have one: use `... on PortInOrderLine { activationGroup }`.
   */
  tnGroup?: Maybe<Scalars['String']['output']>;
  /**
   * The line's toll-free number with its routing label and RespOrg (batched with every other number of the request); null for other numbers, or one the account no longer holds.
   *
   * Carrier: /tfDetail.
   */
  tollFreeNumber?: Maybe<TollFreeNumber>;
  /** The trunk group requested for the number. */
  trunkGroup?: Maybe<TrunkGroup>;
  /** Trunk group requested for the number (carrier trunkGroup). */
  trunkGroupName?: Maybe<Scalars['String']['output']>;
};

/** Business or residence service. The carrier sets BUSINESS when a calling name or directory listing is sent without it. */
export type TypeOfService =
  /** Business service. */
  | 'BUSINESS'
  /** Residence service. */
  | 'RESIDENCE';

/** Changes to the account defaults. Fields left out keep their current values (the gateway reads the settings and sends them back with your changes, since the carrier wipes some fields that are not sent). */
export type UpdateAccountSettingsInput = {
  /** New numbers look up the caller's name on incoming calls by default. */
  callerNameLookup?: InputMaybe<Scalars['Boolean']['input']>;
  /** Default company contact (merged field by field). */
  contact?: InputMaybe<AccountContactInput>;
  /** Default port-in time, HH:MM in 24-hour form (e.g. "14:00"). */
  desiredPortTime?: InputMaybe<Scalars['String']['input']>;
  /** Time zone of desiredPortTime. */
  desiredPortTimeZone?: InputMaybe<PortTimeZone>;
  /** Who receives port-out authorization e-mails; replaces the whole list (an empty list removes them all). */
  portOutContacts?: InputMaybe<Array<AccountContactInput>>;
  /** Company-level port-out PIN. Write-only: it is never returned. */
  portOutPin?: InputMaybe<Scalars['String']['input']>;
  /** New toll-free numbers look up the caller's name on incoming calls by default. */
  tollFreeCallerNameLookup?: InputMaybe<Scalars['Boolean']['input']>;
  /** Authorization header value the carrier sends with webhooks. Write-only: it is never returned; an empty string removes it. */
  webhookAuthorization?: InputMaybe<Scalars['String']['input']>;
  /** Let port-outs be authorized or rejected through the webhook. */
  webhookPortOutAuthorization?: InputMaybe<Scalars['Boolean']['input']>;
  /** Webhook URL: an http or https URL, or a bare host and path as the guide's example writes it (read as https), at most 2048 characters; an empty string removes it (and its authorization value). */
  webhookUrl?: InputMaybe<Scalars['String']['input']>;
};

/** Result of updateAccountSettings. */
export type UpdateAccountSettingsPayload = {
  __typename?: 'UpdateAccountSettingsPayload';
  /** The settings as saved; null when nothing was saved. */
  accountSettings?: Maybe<AccountSettings>;
  /** Input problems (nothing was sent), or the carrier's refusal with its message (REJECTED). Empty on success. */
  userErrors: Array<UserError>;
};

/** Forwarding changes; telephone numbers and toll-free numbers may be mixed. */
export type UpdateCallForwardingInput = {
  /** Your own reference for the change. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** The numbers, at most 100. */
  numbers: Array<CallForwardingChangeInput>;
};

/** Result of updateCallForwarding. */
export type UpdateCallForwardingPayload = {
  __typename?: 'UpdateCallForwardingPayload';
  /** Carrier order ids of the changes: one for telephone numbers, one for toll-free numbers. */
  orderIds: Array<Scalars['String']['output']>;
  /** Input problems (nothing was sent), or the carrier refusing a number (INVALID) or one not in service (WRONG_STATUS). */
  userErrors: Array<UserError>;
};

/** Messaging on one number: messageClass and messageType to enable or change it, or remove: true (exactly one of the two). */
export type UpdateMessagingInput = {
  /** Messaging class (with messageType). */
  messageClass?: InputMaybe<MessageClass>;
  /** Messaging type (with messageClass). */
  messageType?: InputMaybe<MessageType>;
  /** NetNumber ID (NNID) configured on your account, at most 10 characters; the account default applies when omitted. */
  netNumberId?: InputMaybe<Scalars['String']['input']>;
  /** true: remove messaging from the number. */
  remove?: InputMaybe<Scalars['Boolean']['input']>;
  /** A number of the account, In Service. */
  tn: Scalars['TN']['input'];
};

/** Result of updateMessaging. */
export type UpdateMessagingPayload = {
  __typename?: 'UpdateMessagingPayload';
  /**
   * The number as the carrier reports it after the change; null when nothing was changed.
   *
   * Carrier: /tnDetail.
   */
  telephoneNumber?: Maybe<TelephoneNumber>;
  /** Input problems (nothing was sent), or the carrier refusing messaging on this number (REJECTED, with its message). */
  userErrors: Array<UserError>;
};

/** Changes to a PENDING order. Give at least one change. */
export type UpdateOrderInput = {
  /** New desired due date: today or later. */
  desiredDueDate?: InputMaybe<Scalars['LocalDate']['input']>;
  /** New desired port time (port-in orders), HH:MM (24-hour), e.g. "14:00"; goes with desiredPortTimeZone. */
  desiredPortTime?: InputMaybe<Scalars['String']['input']>;
  /** Time zone of desiredPortTime; goes with it. */
  desiredPortTimeZone?: InputMaybe<PortTimeZone>;
  /** Changes to numbers on the order, each number once. */
  numbers?: InputMaybe<Array<OrderNumberUpdateInput>>;
  /** Port-in orders: activate on demand instead of at midnight on the port date. */
  onDemandActivation?: InputMaybe<Scalars['Boolean']['input']>;
  /** The order, by id or customerOrderReference. */
  order: OrderReferenceInput;
};

/** Result of updateOrder. */
export type UpdateOrderPayload = {
  __typename?: 'UpdateOrderPayload';
  /**
   * The order, re-read after the update, or as it is when the update was refused; null when there is no such order (or nothing was read: an input problem).
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Why nothing was changed: input problems (a "go together" group given in part, a past date, a number given twice), NOT_FOUND (no such order, or a number not on it), CONFLICT (several orders carry the customerOrderReference: name the order by id), WRONG_STATUS (the order is not PENDING, or a number's line on it is already COMPLETE or CANCELED), or REJECTED (the carrier's refusal, with its message). Empty when the update was accepted. */
  userErrors: Array<UserError>;
};

/** Port-out PINs to set on In Service numbers. */
export type UpdatePortOutPinInput = {
  /** At least one number, at most 1000, each at most once. */
  numbers: Array<PortOutPinAssignmentInput>;
};

/** Result of updatePortOutPin. */
export type UpdatePortOutPinPayload = {
  __typename?: 'UpdatePortOutPinPayload';
  /** Numbers the carrier refused, with its reasons (each also a userError on its input); the others were updated. */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The updated numbers (refused ones left out), read back right after the update; the update applies at once.
   *
   * Carrier: /tnDetail.
   */
  numbers: Array<TelephoneNumber>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number's input field). Empty on full success. */
  userErrors: Array<UserError>;
};

/** Features to add, update or remove on In Service numbers. */
export type UpdateTelephoneNumberFeaturesInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** At least one number, at most 100000, each at most once. */
  numbers: Array<NumberFeatureChangeInput>;
};

/** Result of updateTelephoneNumberFeatures. */
export type UpdateTelephoneNumberFeaturesPayload = {
  __typename?: 'UpdateTelephoneNumberFeaturesPayload';
  /** True only if the carrier applied the change at once, answering without an order id while accepting at least one number. The carrier normally answers a feature change with a feature order (see order): then it is false, as when nothing was done (every number excluded, see userErrors, or the input was refused). */
  completedSynchronously: Scalars['Boolean']['output'];
  /** Numbers the carrier left out, with its reasons (each also a userError on its input). When validationPending, later exclusions are on order.excludedNumbers instead. */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request: the feature changes show once `order` is CLOSED.
   *
   * Carrier: /tnDetail.
   */
  numbers: Array<TelephoneNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was created: the carrier completed the request at once, excluded every number, or the input was refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at that number's input item). Empty on full success; when validationPending, later exclusions are on order.excludedNumbers instead. */
  userErrors: Array<UserError>;
  /** True when the carrier accepted a request of more than 100 numbers: it checks such orders after accepting them, so excludedNumbers is empty now even if numbers are invalid. Exclusions appear later on order.excludedNumbers (Order.excludedNumbers); an order whose numbers are all invalid is canceled. */
  validationPending: Scalars['Boolean']['output'];
};

/** Notes to set on In Service numbers. */
export type UpdateTelephoneNumberNoteInput = {
  /** At least one number, at most 1000, each at most once. */
  numbers: Array<NoteAssignmentInput>;
};

/** Result of updateTelephoneNumberNote. */
export type UpdateTelephoneNumberNotePayload = {
  __typename?: 'UpdateTelephoneNumberNotePayload';
  /** Numbers the carrier refused, with its reasons (each also a userError on its input); the others were updated. */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The updated numbers (refused ones left out), read back right after the update; the update applies at once.
   *
   * Carrier: /tnDetail.
   */
  numbers: Array<TelephoneNumber>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number's input field). Empty on full success. */
  userErrors: Array<UserError>;
};

/** In Service numbers to move to other trunk groups. */
export type UpdateTelephoneNumberTrunkGroupInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** At least one number, at most 100000, each at most once. */
  numbers: Array<TrunkGroupAssignmentInput>;
};

/** Result of updateTelephoneNumberTrunkGroup. */
export type UpdateTelephoneNumberTrunkGroupPayload = {
  __typename?: 'UpdateTelephoneNumberTrunkGroupPayload';
  /** True only if the carrier applied the change at once, answering without an order id while accepting at least one number. The carrier normally answers a trunk group update with an order (see order): then it is false, as when nothing was done (every number excluded, see userErrors, or the input was refused). */
  completedSynchronously: Scalars['Boolean']['output'];
  /** Numbers the carrier left out, with its reasons (each also a userError on its input). When validationPending, later exclusions are on order.excludedNumbers instead. */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (excluded ones left out), as the carrier reports them right after the request: the new trunk group shows once the order has routed the number, at the latest when `order` is CLOSED.
   *
   * Carrier: /tnDetail.
   */
  numbers: Array<TelephoneNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was created: the carrier completed the request at once, excluded every number, or the input was refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier excluded (EXCLUDED, with its reason, at the input field the reason concerns: the number, or its trunkGroupName). Empty on full success; when validationPending, later exclusions are on order.excludedNumbers instead. */
  userErrors: Array<UserError>;
  /** True when the carrier accepted a request of more than 100 numbers: it checks such orders after accepting them, so excludedNumbers is empty now even if numbers are invalid. Exclusions appear later on order.excludedNumbers (Order.excludedNumbers); an order whose numbers are all invalid is canceled. */
  validationPending: Scalars['Boolean']['output'];
};

/** Feature changes for toll-free numbers. */
export type UpdateTollFreeNumberFeaturesInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** The numbers and their changes, at most 100. */
  numbers: Array<TollFreeFeatureChangeInput>;
};

/** Result of updateTollFreeNumberFeatures. */
export type UpdateTollFreeNumberFeaturesPayload = {
  __typename?: 'UpdateTollFreeNumberFeaturesPayload';
  /** Numbers the carrier refused, with its reasons (each also a userError). */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (refused ones left out), read back right after it: numbers on an order show their new state once `order` is CLOSED.
   *
   * Carrier: /tfDetail.
   */
  numbers: Array<TollFreeNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was: applied at once, all refused, or input refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number). Empty on full success. */
  userErrors: Array<UserError>;
};

/** Routing changes for In Service toll-free numbers. */
export type UpdateTollFreeNumberRoutingInput = {
  /** Your own reference for the order: letters and digits, at most 50 characters. */
  customerOrderReference?: InputMaybe<Scalars['String']['input']>;
  /** The numbers and their new labels, at most 100. */
  numbers: Array<TollFreeRoutingInput>;
};

/** Result of updateTollFreeNumberRouting. */
export type UpdateTollFreeNumberRoutingPayload = {
  __typename?: 'UpdateTollFreeNumberRoutingPayload';
  /** Numbers the carrier refused, with its reasons (each also a userError). */
  excludedNumbers: Array<ExcludedTelephoneNumber>;
  /**
   * The numbers the request applied to (refused ones left out), read back right after it: numbers on an order show their new state once `order` is CLOSED.
   *
   * Carrier: /tfDetail.
   */
  numbers: Array<TollFreeNumber>;
  /**
   * The order the request created, when there is one.
   *
   * Carrier: /orderDetail.
   */
  order?: Maybe<Order>;
  /** Carrier order id of the order the request created (see `order`); null when none was: applied at once, all refused, or input refused. */
  orderId?: Maybe<Scalars['ID']['output']>;
  /** Input problems (nothing was sent to the carrier), and numbers the carrier refused (EXCLUDED, with its reason, at that number). Empty on full success. */
  userErrors: Array<UserError>;
};

/** The voice script of one number and direction: a script and/or enabled / customerDefault to set it, or remove: true (which may name several numbers). */
export type UpdateVoiceScriptInput = {
  /** Make the script the account's default (default false). */
  customerDefault?: InputMaybe<Scalars['Boolean']['input']>;
  /** Which calls; default INBOUND. */
  direction?: InputMaybe<VoiceScriptDirection>;
  /** Run the script (true, the default for a new script) or keep it but not run it. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Numbers of the account: exactly one to set a script, up to 100 to remove theirs. */
  numbers: Array<Scalars['TN']['input']>;
  /** true: remove the numbers' scripts of this direction. */
  remove?: InputMaybe<Scalars['Boolean']['input']>;
  /** The script (voice platform XML); required when the number has none yet (at most 42000 characters). */
  script?: InputMaybe<Scalars['String']['input']>;
};

/** Result of updateVoiceScript. */
export type UpdateVoiceScriptPayload = {
  __typename?: 'UpdateVoiceScriptPayload';
  /** Input problems (nothing was sent), or the carrier refusing: a number not on the account (INVALID), no script to change or remove (NOT_FOUND), anything else (REJECTED, with its message). */
  userErrors: Array<UserError>;
  /** The script as the voice platform stored it; null after a removal or a refusal. */
  voiceScript?: Maybe<VoiceScript>;
};

/** A problem with a mutation input, a number the carrier excluded, or a refusal the caller can act on. */
export type UserError = {
  __typename?: 'UserError';
  /** Machine-readable reason. */
  code: UserErrorCode;
  /**
   * The same as `path`.
   * @deprecated Use `path`.
   */
  field: Array<Scalars['String']['output']>;
  /** Human-readable explanation. */
  message: Scalars['String']['output'];
  /** Where the problem is, from the argument name, list indexes as strings: ["input", "numbers", "2", "tn"]. */
  path: Array<Scalars['String']['output']>;
};

/** Why an input was refused, a number was left out, or the carrier refused the request. */
export type UserErrorCode =
  /** The account already holds this number reserved; nothing changed for it. */
  | 'ALREADY_RESERVED'
  /** Two values cannot be given together, one requires another, or a customerOrderReference names several orders. */
  | 'CONFLICT'
  /** The same item appears more than once in one request. */
  | 'DUPLICATE'
  /** The carrier accepted the request but left this number out (see message for its reason). */
  | 'EXCLUDED'
  /** The value has the wrong format or is not allowed. */
  | 'INVALID'
  /** An account limit was reached (e.g. the most numbers the account may hold reserved); release some or ask the carrier to raise it. */
  | 'LIMIT_REACHED'
  /** The carrier knows no such entity (e.g. no order with this id or reference); nothing changed. */
  | 'NOT_FOUND'
  /** A numeric value is outside its allowed range. */
  | 'OUT_OF_RANGE'
  /** The carrier refused the request for another reason; the message carries the carrier's own. */
  | 'REJECTED'
  /** A required value is missing or blank. */
  | 'REQUIRED'
  /** A text exceeds its character limit or a list its maximum size. */
  | 'TOO_LONG'
  /** The entity's current status does not allow this (e.g. only PENDING orders can be canceled); nothing changed. */
  | 'WRONG_STATUS';

/** The carrier's judgement of an E911 address: VALID as sent, CORRECTED (provision `corrected`), or INVALID (pick one of `candidates`, or fix the address). */
export type ValidatedAddress = {
  __typename?: 'ValidatedAddress';
  /** Addresses to pick from when the result is INVALID; empty when none. */
  candidates: Array<E911CandidateAddress>;
  /** The address as the carrier corrected it (also sent for VALID, then equal to the input); null when it sends none. */
  corrected?: Maybe<E911CandidateAddress>;
  /** The carrier's messages one by one, e.g. ["Corrected to valid address", "Corrected ZIP Code"]. */
  messages: Array<Scalars['String']['output']>;
  /** The verdict; null when the carrier answers a result we do not know. */
  result?: Maybe<E911ValidationResult>;
  /** The carrier's own message, e.g. "Corrected to valid address|Corrected ZIP Code". */
  resultLabel?: Maybe<Scalars['String']['output']>;
};

/** A voice platform script (XML) that handles the calls of a number in one direction. */
export type VoiceScript = {
  __typename?: 'VoiceScript';
  /** Whether the script is the account's default script. */
  customerDefault?: Maybe<Scalars['Boolean']['output']>;
  /** Which calls the script handles. */
  direction: VoiceScriptDirection;
  /** Whether the script runs; null when the carrier does not say. */
  enabled?: Maybe<Scalars['Boolean']['output']>;
  /** The script, as stored by the voice platform. */
  script?: Maybe<Scalars['String']['output']>;
  /** When the script was created or last changed. */
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Which calls a voice script handles. */
export type VoiceScriptDirection =
  /** Calls to the number. */
  | 'INBOUND'
  /** Calls from the number. */
  | 'OUTBOUND';

export type OrdersWithNumbersAndTrunkGroupsQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type OrdersWithNumbersAndTrunkGroupsQuery = { __typename?: 'Query', orders?: { __typename?: 'OrderConnection', totalCount: number, edges: Array<{ __typename?: 'OrderEdge', node: { __typename?: 'Order', id: string, status: OrderStatus, numbers?: { __typename?: 'TelephoneNumberConnection', nodes: Array<{ __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null }> } | null } }> } | null };

export type TelephoneNumberWithOrdersQueryVariables = Exact<{
  tn: Scalars['TN']['input'];
}>;


export type TelephoneNumberWithOrdersQuery = { __typename?: 'Query', telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroup?: { __typename?: 'TrunkGroup', name: string, telephoneNumbers?: { __typename?: 'TelephoneNumberConnection', totalCount: number, nodes: Array<{ __typename?: 'TelephoneNumber', tn: string }> } | null } | null, orders?: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, status: OrderStatus, numbers?: { __typename?: 'TelephoneNumberConnection', nodes: Array<{ __typename?: 'TelephoneNumber', tn: string }> } | null }> } | null } | null };

export type NumberDetailFragment = { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroupName?: string | null, hasPortOutPin: boolean, note?: string | null, rateCenter?: { __typename?: 'RateCenter', abbreviation: string, name?: string | null, lata?: string | null, province?: string | null, tier?: RateCenterTier | null } | null, features: { __typename?: 'TelephoneNumberFeatures', callerId?: { __typename?: 'CallerId', callingName?: string | null, cnamDip?: boolean | null } | null, directoryListing?: { __typename?: 'DirectoryListing', lastName?: string | null, firstName?: string | null } | null, e911?: { __typename?: 'E911Address', name?: string | null, origStreetNum?: string | null, origStreetInfo?: string | null, origCity?: string | null, origState?: string | null, origPostalCode?: string | null } | null, messaging?: { __typename?: 'MessagingFeature', messageClass?: MessageClass | null, messageType?: MessageType | null } | null }, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null };

export type TelephoneNumberQueryVariables = Exact<{
  tn: Scalars['TN']['input'];
}>;


export type TelephoneNumberQuery = { __typename?: 'Query', telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroupName?: string | null, hasPortOutPin: boolean, note?: string | null, rateCenter?: { __typename?: 'RateCenter', abbreviation: string, name?: string | null, lata?: string | null, province?: string | null, tier?: RateCenterTier | null } | null, features: { __typename?: 'TelephoneNumberFeatures', callerId?: { __typename?: 'CallerId', callingName?: string | null, cnamDip?: boolean | null } | null, directoryListing?: { __typename?: 'DirectoryListing', lastName?: string | null, firstName?: string | null } | null, e911?: { __typename?: 'E911Address', name?: string | null, origStreetNum?: string | null, origStreetInfo?: string | null, origCity?: string | null, origState?: string | null, origPostalCode?: string | null } | null, messaging?: { __typename?: 'MessagingFeature', messageClass?: MessageClass | null, messageType?: MessageType | null } | null }, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | null };

export type TelephoneNumbersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<TelephoneNumberFilter>;
  sort?: InputMaybe<TelephoneNumberSort>;
}>;


export type TelephoneNumbersQuery = { __typename?: 'Query', telephoneNumbers?: { __typename?: 'TelephoneNumberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'TelephoneNumberEdge', cursor: string, node: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroupName?: string | null } }> } | null };

export type TrunkGroupNumbersQueryVariables = Exact<{
  name: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrunkGroupNumbersQuery = { __typename?: 'Query', trunkGroup?: { __typename?: 'TrunkGroup', name: string, assigned?: boolean | null, telephoneNumbers?: { __typename?: 'TelephoneNumberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'TelephoneNumber', tn: string, trunkGroupName?: string | null }> } | null } | null };

export type AvailableTelephoneNumbersQueryVariables = Exact<{
  search?: InputMaybe<AvailableTelephoneNumberSearchInput>;
  sort?: InputMaybe<AvailableTelephoneNumberSort>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AvailableTelephoneNumbersQuery = { __typename?: 'Query', availableTelephoneNumbers?: { __typename?: 'AvailableTelephoneNumberConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, nodes: Array<{ __typename?: 'AvailableTelephoneNumber', tn: string, city?: string | null, countryCode?: string | null, rateCenter?: { __typename?: 'RateCenter', abbreviation: string, lata?: string | null, province?: string | null } | null, capabilities: { __typename?: 'NumberCapabilities', callerId: boolean, e911: boolean, messaging: boolean } }> } | null };

export type InventoryCoverageQueryVariables = Exact<{
  groupBy?: InputMaybe<CoverageGrouping>;
  province?: InputMaybe<Scalars['String']['input']>;
  rateCenter?: InputMaybe<Scalars['String']['input']>;
  wireless?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type InventoryCoverageQuery = { __typename?: 'Query', inventoryCoverage?: Array<{ __typename?: 'InventoryCoverageEntry', npa?: string | null, nxx?: string | null, block?: string | null, lata?: string | null, rateCenter?: string | null, province?: string | null, count: number }> | null };

export type ReservedTelephoneNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type ReservedTelephoneNumbersQuery = { __typename?: 'Query', reservedTelephoneNumbers?: { __typename?: 'ReservedTelephoneNumberConnection', totalCount: number, nodes: Array<{ __typename?: 'ReservedTelephoneNumber', tn: string, city?: string | null, wireless?: boolean | null, rateCenter?: { __typename?: 'RateCenter', abbreviation: string } | null }> } | null };

export type UserErrorFieldsFragment = { __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode };

export type ReserveTelephoneNumbersMutationVariables = Exact<{
  numbers: Array<Scalars['TN']['input']> | Scalars['TN']['input'];
}>;


export type ReserveTelephoneNumbersMutation = { __typename?: 'Mutation', reserveTelephoneNumbers?: { __typename?: 'ReserveTelephoneNumbersPayload', requestedCount: number, succeededCount: number, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, numbers: Array<{ __typename?: 'ReservedTelephoneNumber', tn: string, rateCenter?: { __typename?: 'RateCenter', abbreviation: string } | null }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null, code: UserErrorCode }> } | null };

export type ReleaseTelephoneNumbersMutationVariables = Exact<{
  numbers: Array<Scalars['TN']['input']> | Scalars['TN']['input'];
}>;


export type ReleaseTelephoneNumbersMutation = { __typename?: 'Mutation', releaseTelephoneNumbers?: { __typename?: 'ReleaseTelephoneNumbersPayload', requestedCount: number, succeededCount: number, numbers: Array<string>, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null, code: UserErrorCode }> } | null };

export type SubmittedOrderFragment = { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, product?: OrderProduct | null, customerOrderReference?: string | null, numberCount?: number | null };

export type OrderTelephoneNumbersMutationVariables = Exact<{
  input: OrderTelephoneNumbersInput;
}>;


export type OrderTelephoneNumbersMutation = { __typename?: 'Mutation', orderTelephoneNumbers?: { __typename?: 'OrderTelephoneNumbersPayload', orderId?: string | null, completedSynchronously: boolean, validationPending: boolean, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null, orderId?: string | null }>, numbers: Array<{ __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroupName?: string | null, hasPortOutPin: boolean, note?: string | null, rateCenter?: { __typename?: 'RateCenter', abbreviation: string, name?: string | null, lata?: string | null, province?: string | null, tier?: RateCenterTier | null } | null, features: { __typename?: 'TelephoneNumberFeatures', callerId?: { __typename?: 'CallerId', callingName?: string | null, cnamDip?: boolean | null } | null, directoryListing?: { __typename?: 'DirectoryListing', lastName?: string | null, firstName?: string | null } | null, e911?: { __typename?: 'E911Address', name?: string | null, origStreetNum?: string | null, origStreetInfo?: string | null, origCity?: string | null, origState?: string | null, origPostalCode?: string | null } | null, messaging?: { __typename?: 'MessagingFeature', messageClass?: MessageClass | null, messageType?: MessageType | null } | null }, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null }>, order?: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, product?: OrderProduct | null, customerOrderReference?: string | null, numberCount?: number | null } | null } | null };

export type UpdateTelephoneNumberTrunkGroupMutationVariables = Exact<{
  input: UpdateTelephoneNumberTrunkGroupInput;
}>;


export type UpdateTelephoneNumberTrunkGroupMutation = { __typename?: 'Mutation', updateTelephoneNumberTrunkGroup?: { __typename?: 'UpdateTelephoneNumberTrunkGroupPayload', orderId?: string | null, completedSynchronously: boolean, validationPending: boolean, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null }>, numbers: Array<{ __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus, trunkGroupName?: string | null }>, order?: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, product?: OrderProduct | null, customerOrderReference?: string | null, numberCount?: number | null } | null } | null };

export type UpdateTelephoneNumberFeaturesMutationVariables = Exact<{
  input: UpdateTelephoneNumberFeaturesInput;
}>;


export type UpdateTelephoneNumberFeaturesMutation = { __typename?: 'Mutation', updateTelephoneNumberFeatures?: { __typename?: 'UpdateTelephoneNumberFeaturesPayload', orderId?: string | null, completedSynchronously: boolean, validationPending: boolean, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null }>, order?: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, product?: OrderProduct | null, customerOrderReference?: string | null, numberCount?: number | null } | null } | null };

export type UpdatePortOutPinMutationVariables = Exact<{
  input: UpdatePortOutPinInput;
}>;


export type UpdatePortOutPinMutation = { __typename?: 'Mutation', updatePortOutPin?: { __typename?: 'UpdatePortOutPinPayload', userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null, orderId?: string | null }>, numbers: Array<{ __typename?: 'TelephoneNumber', tn: string, hasPortOutPin: boolean }> } | null };

export type UpdateTelephoneNumberNoteMutationVariables = Exact<{
  input: UpdateTelephoneNumberNoteInput;
}>;


export type UpdateTelephoneNumberNoteMutation = { __typename?: 'Mutation', updateTelephoneNumberNote?: { __typename?: 'UpdateTelephoneNumberNotePayload', userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null, orderId?: string | null }>, numbers: Array<{ __typename?: 'TelephoneNumber', tn: string, note?: string | null }> } | null };

export type DisconnectTelephoneNumbersMutationVariables = Exact<{
  input: DisconnectTelephoneNumbersInput;
}>;


export type DisconnectTelephoneNumbersMutation = { __typename?: 'Mutation', disconnectTelephoneNumbers?: { __typename?: 'DisconnectTelephoneNumbersPayload', orderId?: string | null, completedSynchronously: boolean, validationPending: boolean, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, excludedNumbers: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null }>, numbers: Array<{ __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus }>, order?: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, product?: OrderProduct | null, customerOrderReference?: string | null, numberCount?: number | null } | null } | null };

export type OrderSummaryFieldsFragment = { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, statusLabel?: string | null, product?: OrderProduct | null, productLabel?: string | null, typeLabel?: string | null, customerOrderReference?: string | null, numberCount?: number | null, createdOn?: string | null };

export type OrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderByIdQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, statusLabel?: string | null, product?: OrderProduct | null, productLabel?: string | null, typeLabel?: string | null, customerOrderReference?: string | null, numberCount?: number | null, createdOn?: string | null, lines?: { __typename?: 'OrderLineConnection', totalCount: number, nodes: Array<{ __typename?: 'DisconnectOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'FeatureChangeOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'NumberOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'OtherOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'PortInOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'PortOutOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'TollFreeOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null } | { __typename?: 'TrunkGroupChangeOrderLine', tn: string, trunkGroupName?: string | null, status?: OrderLineStatus | null, statusLabel?: string | null, featureStatus: { __typename?: 'OrderLineFeatureStatuses', callerId?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, directoryListing?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, e911?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null, messaging?: { __typename?: 'OrderLineFeatureStatus', enabled: boolean, status?: string | null } | null }, telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus } | null, trunkGroup?: { __typename?: 'TrunkGroup', name: string } | null }> } | null, notes?: Array<{ __typename?: 'OrderNote', id?: string | null, text: string, createdBy?: string | null }> | null, excludedNumbers?: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, reason?: string | null, orderId?: string | null }> | null } | null };

export type OrderDatesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderDatesQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, createdOn?: string | null, createdAt?: string | null, createdBy?: string | null, lastModifiedAt?: string | null, desiredDueDate?: string | null, desiredPortTime?: string | null, notes?: Array<{ __typename?: 'OrderNote', id?: string | null, createdAt?: string | null, createdBy?: string | null }> | null, excludedNumbers?: Array<{ __typename?: 'ExcludedTelephoneNumber', tn: string, excludedOn?: string | null }> | null, numbers?: { __typename?: 'TelephoneNumberConnection', nodes: Array<{ __typename?: 'TelephoneNumber', tn: string, activatedAt?: string | null }> } | null } | null };

export type OrdersDatesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<OrderFilter>;
  sort?: InputMaybe<OrderSort>;
}>;


export type OrdersDatesQuery = { __typename?: 'Query', orders?: { __typename?: 'OrderConnection', nodes: Array<{ __typename?: 'Order', id: string, product?: OrderProduct | null, productLabel?: string | null, createdOn?: string | null, createdAt?: string | null, createdBy?: string | null, lastModifiedAt?: string | null, desiredDueDate?: string | null }> } | null };

export type OrderByReferenceQueryVariables = Exact<{
  customerOrderReference: Scalars['String']['input'];
}>;


export type OrderByReferenceQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, statusLabel?: string | null, product?: OrderProduct | null, productLabel?: string | null, typeLabel?: string | null, customerOrderReference?: string | null, numberCount?: number | null, createdOn?: string | null } | null };

export type OrdersQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrderFilter>;
  sort?: InputMaybe<OrderSort>;
}>;


export type OrdersQuery = { __typename?: 'Query', orders?: { __typename?: 'OrderConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'OrderEdge', cursor: string, node: { __typename?: 'Order', id: string, status: OrderStatus, type?: ServiceOrderType | null, statusLabel?: string | null, product?: OrderProduct | null, productLabel?: string | null, typeLabel?: string | null, customerOrderReference?: string | null, numberCount?: number | null, createdOn?: string | null, lines?: { __typename?: 'OrderLineConnection', nodes: Array<{ __typename?: 'DisconnectOrderLine', tn: string } | { __typename?: 'FeatureChangeOrderLine', tn: string } | { __typename?: 'NumberOrderLine', tn: string } | { __typename?: 'OtherOrderLine', tn: string } | { __typename?: 'PortInOrderLine', tn: string } | { __typename?: 'PortOutOrderLine', tn: string } | { __typename?: 'TollFreeOrderLine', tn: string } | { __typename?: 'TrunkGroupChangeOrderLine', tn: string }> } | null } }> } | null };

export type OrderTraversalQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderTraversalQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, numbers?: { __typename?: 'TelephoneNumberConnection', nodes: Array<{ __typename?: 'TelephoneNumber', tn: string, trunkGroup?: { __typename?: 'TrunkGroup', name: string, telephoneNumbers?: { __typename?: 'TelephoneNumberConnection', totalCount: number, nodes: Array<{ __typename?: 'TelephoneNumber', tn: string }> } | null } | null }> } | null } | null };

export type NumberOrdersTraversalQueryVariables = Exact<{
  tn: Scalars['TN']['input'];
}>;


export type NumberOrdersTraversalQuery = { __typename?: 'Query', telephoneNumber?: { __typename?: 'TelephoneNumber', tn: string, orders?: { __typename?: 'OrderConnection', totalCount: number, nodes: Array<{ __typename?: 'Order', id: string, status: OrderStatus, numbers?: { __typename?: 'TelephoneNumberConnection', nodes: Array<{ __typename?: 'TelephoneNumber', tn: string, status: TelephoneNumberStatus }> } | null }> } | null } | null };

export type AddOrderNoteMutationVariables = Exact<{
  input: AddOrderNoteInput;
}>;


export type AddOrderNoteMutation = { __typename?: 'Mutation', addOrderNote?: { __typename?: 'AddOrderNotePayload', noteId?: string | null, userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, note?: { __typename?: 'OrderNote', id?: string | null, text: string, createdAt?: string | null, createdBy?: string | null } | null, order?: { __typename?: 'Order', id: string, notes?: Array<{ __typename?: 'OrderNote', id?: string | null, text: string, createdAt?: string | null, createdBy?: string | null }> | null } | null } | null };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { __typename?: 'Mutation', cancelOrder?: { __typename?: 'CancelOrderPayload', userErrors: Array<{ __typename?: 'UserError', path: Array<string>, message: string, code: UserErrorCode }>, order?: { __typename?: 'Order', id: string, status: OrderStatus } | null } | null };

export const NumberDetailFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TelephoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPortOutPin"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lata"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callerId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callingName"}},{"kind":"Field","name":{"kind":"Name","value":"cnamDip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directoryListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"e911"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"origStreetNum"}},{"kind":"Field","name":{"kind":"Name","value":"origStreetInfo"}},{"kind":"Field","name":{"kind":"Name","value":"origCity"}},{"kind":"Field","name":{"kind":"Name","value":"origState"}},{"kind":"Field","name":{"kind":"Name","value":"origPostalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messaging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageClass"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NumberDetailFragment, unknown>;
export const UserErrorFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UserErrorFieldsFragment, unknown>;
export const SubmittedOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmittedOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}}]}}]} as unknown as DocumentNode<SubmittedOrderFragment, unknown>;
export const OrderSummaryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"productLabel"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}}]}}]} as unknown as DocumentNode<OrderSummaryFieldsFragment, unknown>;
export const OrdersWithNumbersAndTrunkGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersWithNumbersAndTrunkGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersWithNumbersAndTrunkGroupsQuery, OrdersWithNumbersAndTrunkGroupsQueryVariables>;
export const TelephoneNumberWithOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TelephoneNumberWithOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telephoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"telephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<TelephoneNumberWithOrdersQuery, TelephoneNumberWithOrdersQueryVariables>;
export const TelephoneNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TelephoneNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telephoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberDetail"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TelephoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPortOutPin"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lata"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callerId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callingName"}},{"kind":"Field","name":{"kind":"Name","value":"cnamDip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directoryListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"e911"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"origStreetNum"}},{"kind":"Field","name":{"kind":"Name","value":"origStreetInfo"}},{"kind":"Field","name":{"kind":"Name","value":"origCity"}},{"kind":"Field","name":{"kind":"Name","value":"origState"}},{"kind":"Field","name":{"kind":"Name","value":"origPostalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messaging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageClass"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TelephoneNumberQuery, TelephoneNumberQueryVariables>;
export const TelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TelephoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TelephoneNumberFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TelephoneNumberSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TelephoneNumbersQuery, TelephoneNumbersQueryVariables>;
export const TrunkGroupNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrunkGroupNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"assigned"}},{"kind":"Field","name":{"kind":"Name","value":"telephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrunkGroupNumbersQuery, TrunkGroupNumbersQueryVariables>;
export const AvailableTelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableTelephoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTelephoneNumberSearchInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableTelephoneNumberSort"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableTelephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"countryCode"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"lata"}},{"kind":"Field","name":{"kind":"Name","value":"province"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capabilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callerId"}},{"kind":"Field","name":{"kind":"Name","value":"e911"}},{"kind":"Field","name":{"kind":"Name","value":"messaging"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AvailableTelephoneNumbersQuery, AvailableTelephoneNumbersQueryVariables>;
export const InventoryCoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InventoryCoverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageGrouping"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"province"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateCenter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wireless"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inventoryCoverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"province"},"value":{"kind":"Variable","name":{"kind":"Name","value":"province"}}},{"kind":"Argument","name":{"kind":"Name","value":"rateCenter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateCenter"}}},{"kind":"Argument","name":{"kind":"Name","value":"wireless"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wireless"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"npa"}},{"kind":"Field","name":{"kind":"Name","value":"nxx"}},{"kind":"Field","name":{"kind":"Name","value":"block"}},{"kind":"Field","name":{"kind":"Name","value":"lata"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<InventoryCoverageQuery, InventoryCoverageQueryVariables>;
export const ReservedTelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReservedTelephoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reservedTelephoneNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"wireless"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReservedTelephoneNumbersQuery, ReservedTelephoneNumbersQueryVariables>;
export const ReserveTelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReserveTelephoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TN"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reserveTelephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"succeededCount"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReserveTelephoneNumbersMutation, ReserveTelephoneNumbersMutationVariables>;
export const ReleaseTelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReleaseTelephoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TN"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseTelephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"numbers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numbers"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedCount"}},{"kind":"Field","name":{"kind":"Name","value":"succeededCount"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<ReleaseTelephoneNumbersMutation, ReleaseTelephoneNumbersMutationVariables>;
export const OrderTelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrderTelephoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderTelephoneNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderTelephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"completedSynchronously"}},{"kind":"Field","name":{"kind":"Name","value":"validationPending"}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberDetail"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmittedOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDetail"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TelephoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPortOutPin"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"rateCenter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"abbreviation"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lata"}},{"kind":"Field","name":{"kind":"Name","value":"province"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callerId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callingName"}},{"kind":"Field","name":{"kind":"Name","value":"cnamDip"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directoryListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"e911"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"origStreetNum"}},{"kind":"Field","name":{"kind":"Name","value":"origStreetInfo"}},{"kind":"Field","name":{"kind":"Name","value":"origCity"}},{"kind":"Field","name":{"kind":"Name","value":"origState"}},{"kind":"Field","name":{"kind":"Name","value":"origPostalCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messaging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageClass"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmittedOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}}]}}]} as unknown as DocumentNode<OrderTelephoneNumbersMutation, OrderTelephoneNumbersMutationVariables>;
export const UpdateTelephoneNumberTrunkGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTelephoneNumberTrunkGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTelephoneNumberTrunkGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTelephoneNumberTrunkGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"completedSynchronously"}},{"kind":"Field","name":{"kind":"Name","value":"validationPending"}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmittedOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmittedOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}}]}}]} as unknown as DocumentNode<UpdateTelephoneNumberTrunkGroupMutation, UpdateTelephoneNumberTrunkGroupMutationVariables>;
export const UpdateTelephoneNumberFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTelephoneNumberFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTelephoneNumberFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTelephoneNumberFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"completedSynchronously"}},{"kind":"Field","name":{"kind":"Name","value":"validationPending"}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmittedOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmittedOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}}]}}]} as unknown as DocumentNode<UpdateTelephoneNumberFeaturesMutation, UpdateTelephoneNumberFeaturesMutationVariables>;
export const UpdatePortOutPinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortOutPin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortOutPinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortOutPin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"hasPortOutPin"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdatePortOutPinMutation, UpdatePortOutPinMutationVariables>;
export const UpdateTelephoneNumberNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTelephoneNumberNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTelephoneNumberNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTelephoneNumberNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]} as unknown as DocumentNode<UpdateTelephoneNumberNoteMutation, UpdateTelephoneNumberNoteMutationVariables>;
export const DisconnectTelephoneNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisconnectTelephoneNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisconnectTelephoneNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disconnectTelephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserErrorFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"completedSynchronously"}},{"kind":"Field","name":{"kind":"Name","value":"validationPending"}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubmittedOrder"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserErrorFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UserError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubmittedOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}}]}}]} as unknown as DocumentNode<DisconnectTelephoneNumbersMutation, DisconnectTelephoneNumbersMutationVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroupName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"featureStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callerId"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"directoryListing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"e911"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messaging"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"telephoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"productLabel"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const OrderDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"desiredPortTime"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"excludedNumbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"excludedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"activatedAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderDatesQuery, OrderDatesQueryVariables>;
export const OrdersDatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrdersDates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"productLabel"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastModifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"desiredDueDate"}}]}}]}}]}}]} as unknown as DocumentNode<OrdersDatesQuery, OrdersDatesQueryVariables>;
export const OrderByReferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderByReference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"customerOrderReference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"customerOrderReference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"customerOrderReference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummaryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"productLabel"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}}]}}]} as unknown as DocumentNode<OrderByReferenceQuery, OrderByReferenceQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sort"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"sort"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderSummaryFields"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderSummaryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"statusLabel"}},{"kind":"Field","name":{"kind":"Name","value":"product"}},{"kind":"Field","name":{"kind":"Name","value":"productLabel"}},{"kind":"Field","name":{"kind":"Name","value":"typeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"customerOrderReference"}},{"kind":"Field","name":{"kind":"Name","value":"numberCount"}},{"kind":"Field","name":{"kind":"Name","value":"createdOn"}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderTraversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderTraversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"trunkGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"telephoneNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderTraversalQuery, OrderTraversalQueryVariables>;
export const NumberOrdersTraversalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberOrdersTraversal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TN"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"telephoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"tn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NumberOrdersTraversalQuery, NumberOrdersTraversalQueryVariables>;
export const AddOrderNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOrderNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOrderNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOrderNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noteId"}},{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddOrderNoteMutation, AddOrderNoteMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;