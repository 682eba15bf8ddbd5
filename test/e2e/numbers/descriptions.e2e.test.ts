/**
 * End-to-end: the numbers schema describes its enums and input fields (introspection through the gateway).
 */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const stack = stackPerTest();

describe('descriptions', () => {
  it('MessageType values and the end user, directory listing and E911 input fields are described; reservations say when they lapse', async () => {
    const data = ok(
      await stack.gql<
        Record<
          string,
          {
            description: string | null;
            enumValues?: { name: string; description: string | null }[];
            inputFields?: { name: string; description: string | null }[];
          }
        >
      >(`{
        messageType: __type(name: "MessageType") { description enumValues { name description } }
        endUser: __type(name: "EndUserInput") { description inputFields { name description } }
        directoryListing: __type(name: "DirectoryListingInput") { description inputFields { name description } }
        e911: __type(name: "E911AddressInput") { description inputFields { name description } }
        reserved: __type(name: "ReservedTelephoneNumber") { description }
      }`),
    );
    const undescribed = Object.entries(data).flatMap(([type, t]) =>
      [...(t.enumValues ?? []), ...(t.inputFields ?? [])].filter((f) => !f.description?.trim()).map((f) => `${type}.${f.name}`),
    );
    expect(undescribed).toEqual([]);
    expect(data['reserved']!.description).toMatch(/four hours/);
  });
});
