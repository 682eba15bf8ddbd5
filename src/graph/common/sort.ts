/** Sort direction, shared by every sortable connection; values are the carrier's `pageSort.direction`. */
import { registerEnumType } from 'type-graphql';

export enum SortDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: "Sort direction (the carrier's pageSort.direction).",
  valuesConfig: {
    ASC: { description: 'Ascending: lowest first, A to Z (carrier asc).' },
    DESC: { description: 'Descending: highest first, Z to A (carrier desc).' },
  },
});
