/** The time zone of a desired port time: port-in orders and the account's default share one enum. */
import { registerEnumType } from 'type-graphql';

/** Values are the carrier's own spellings. */
export enum PortTimeZone {
  US_EASTERN = 'US/Eastern',
  US_CENTRAL = 'US/Central',
  US_MOUNTAIN = 'US/Mountain',
  US_PACIFIC = 'US/Pacific',
  GMT = 'GMT',
}

registerEnumType(PortTimeZone, {
  name: 'PortTimeZone',
  description: 'Time zone of a desired port time.',
  valuesConfig: {
    US_EASTERN: { description: 'US Eastern.' },
    US_CENTRAL: { description: 'US Central.' },
    US_MOUNTAIN: { description: 'US Mountain.' },
    US_PACIFIC: { description: 'US Pacific.' },
    GMT: { description: 'Greenwich Mean Time.' },
  },
});
