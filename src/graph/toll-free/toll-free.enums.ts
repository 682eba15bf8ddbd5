/** Enums of the toll-free domain, with the carrier's codes they stand for. */
import { registerEnumType } from 'type-graphql';

export enum TollFreeNumberStatus {
  IN_SERVICE = 'IN_SERVICE',
  PENDING = 'PENDING',
  PENDING_DISCONNECT = 'PENDING_DISCONNECT',
}

registerEnumType(TollFreeNumberStatus, {
  name: 'TollFreeNumberStatus',
  description: 'Where a toll-free number of the account stands.',
  valuesConfig: {
    IN_SERVICE: { description: 'Active and routing calls (carrier INSVC).' },
    PENDING: { description: 'Ordered, not yet routing (carrier PNDNG).' },
    PENDING_DISCONNECT: { description: 'A disconnect order is under way (carrier PDISC).' },
  },
});

export enum TollFreeProduct {
  LOAD_ON_OUR_CIC = 'LOAD_ON_OUR_CIC',
  PORT_IN = 'PORT_IN',
  FROM_INVENTORY = 'FROM_INVENTORY',
}

registerEnumType(TollFreeProduct, {
  name: 'TollFreeProduct',
  description: 'How toll-free numbers come to the account.',
  valuesConfig: {
    LOAD_ON_OUR_CIC: {
      description: 'Numbers on your own RespOrg, loaded onto the carrier network (respOrgId required, and yours). Carrier 8XX.',
    },
    PORT_IN: {
      description:
        'Numbers ported from another RespOrg to the carrier (letterOfAuthorization must be true, and an LOA and bill copy attached to the order). Carrier 8XXPORTIN.',
    },
    FROM_INVENTORY: {
      description: 'Numbers from the carrier inventory (availableTollFreeNumbers), active at once; at most 100 a month. Carrier 8XXAVAIL.',
    },
  },
});

export const PRODUCT_CODES: Record<TollFreeProduct, '8XX' | '8XXPORTIN' | '8XXAVAIL'> = {
  LOAD_ON_OUR_CIC: '8XX',
  PORT_IN: '8XXPORTIN',
  FROM_INVENTORY: '8XXAVAIL',
};

export enum TollFreeFeature {
  CALLING_NAME = 'CALLING_NAME',
  MESSAGING = 'MESSAGING',
  E911 = 'E911',
}

registerEnumType(TollFreeFeature, {
  name: 'TollFreeFeature',
  description: 'A feature a toll-free number can have.',
  valuesConfig: {
    CALLING_NAME: { description: 'A caller ID name stored for outbound calls (LIDB).' },
    MESSAGING: { description: 'Text messaging.' },
    E911: { description: 'An E911 address.' },
  },
});
