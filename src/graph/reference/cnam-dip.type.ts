/** Types of the account-wide inbound caller-name lookup (CNAM dip) list. */
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionType } from '../common/connection.js';
import { TnScalar } from '../common/scalars.js';
import { SortDirection } from '../common/sort.js';

@ObjectType({
  description:
    "Whether incoming calls to one of the account's active numbers look up the caller's name (a CNAM dip), as the account-wide list reports it. " +
    'Change it with updateTelephoneNumberFeatures (features.callerId.cnamDip).',
})
export class CnamDipSetting {
  @Field(() => TnScalar, { description: 'The ten-digit number.' }) tn!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'True when incoming calls get the caller name looked up; null when the carrier did not say.',
  })
  enabled!: boolean | null;
}

export const CnamDipSettingConnection = ConnectionType('CnamDipSetting', () => CnamDipSetting, 'caller-name lookup settings');
export type CnamDipSettingConnection = InstanceType<typeof CnamDipSettingConnection>;

/** Values are the carrier's pageSort properties for this list. */
export enum CnamDipSortField {
  TN = 'tn',
  RATE_CENTER = 'rateCenter',
  LATA = 'lata',
  STATE = 'state',
}
registerEnumType(CnamDipSortField, {
  name: 'CnamDipSortField',
  description: 'What to sort caller-name lookup settings by.',
  valuesConfig: {
    TN: { description: 'The number.' },
    RATE_CENTER: { description: "The number's rate center." },
    LATA: { description: "The number's LATA." },
    STATE: { description: "The number's state or province." },
  },
});

@InputType({ description: 'Sort order of caller-name lookup settings.' })
export class CnamDipSettingSort {
  @Field(() => CnamDipSortField, { description: 'What to sort by.' }) field!: CnamDipSortField;
  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.ASC, description: 'Ascending (default) or descending.' })
  direction?: SortDirection;
}
