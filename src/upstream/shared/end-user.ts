/** `endUser`, read from /tnDetail and /orderDetail, sent by /tnOrder and /tnFeatureOrder. */
import { compact, defined, nonEmpty } from '../wire/request.js';
import { lenient, record, text } from '../wire/schema.js';
import type { WireObject } from '../wire/values.js';
import { typeOfServiceFromWire, typeOfServiceToWire, type TypeOfService } from './codes.js';

export interface EndUser {
  name?: string;
  streetNum?: string;
  streetPreDir?: string;
  streetName?: string;
  streetType?: string;
  streetPostDir?: string;
  locationType1?: string;
  locationValue1?: string;
  locationType2?: string;
  locationValue2?: string;
  locationType3?: string;
  locationValue3?: string;
  city?: string;
  state?: string;
  postalCode?: string;
  typeOfService?: TypeOfService;
}

/** An end user's members (streetNum may be a number; typeOfService B/Business/R/Residence). */
export const endUserFields = {
  name: text,
  streetNum: text,
  streetPreDir: text,
  streetName: text,
  streetType: text,
  streetPostDir: text,
  locationType1: text,
  locationValue1: text,
  locationType2: text,
  locationValue2: text,
  locationType3: text,
  locationValue3: text,
  city: text,
  state: text,
  postalCode: text,
  typeOfService: lenient(typeOfServiceFromWire),
};

/** `endUser` ({} and absent → undefined). */
export const endUserSchema = record(endUserFields).transform((wire): EndUser | undefined => {
  const endUser: EndUser = defined({ ...wire });
  return Object.keys(endUser).length === 0 ? undefined : endUser;
});

export function endUserToWire(endUser: EndUser | undefined): WireObject | undefined {
  if (!endUser) return undefined;
  return nonEmpty(
    compact({
      name: endUser.name,
      streetNum: endUser.streetNum,
      streetPreDir: endUser.streetPreDir,
      streetName: endUser.streetName,
      streetType: endUser.streetType,
      streetPostDir: endUser.streetPostDir,
      locationType1: endUser.locationType1,
      locationValue1: endUser.locationValue1,
      locationType2: endUser.locationType2,
      locationValue2: endUser.locationValue2,
      locationType3: endUser.locationType3,
      locationValue3: endUser.locationValue3,
      city: endUser.city,
      state: endUser.state,
      postalCode: endUser.postalCode,
      typeOfService: endUser.typeOfService ? typeOfServiceToWire(endUser.typeOfService) : undefined,
    }),
  );
}
