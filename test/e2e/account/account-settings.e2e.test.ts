/** End-to-end: accountSettings and updateAccountSettings (read-modify-write; the secret never comes back). */
import { describe, expect, it } from 'vitest';
import { ok } from '../../support/assertions.js';
import { stackPerTest } from '../../support/e2e.js';

const logLines: string[] = [];
const stack = stackPerTest({ env: { LOG_LEVEL: 'debug' }, logLines });

const READ = `{ accountSettings { contact { firstName lastName email } desiredPortTime desiredPortTimeZone desiredPortTimeZoneLabel
  webhookUrl hasWebhookAuthorization webhookPortOutAuthorization hasPortOutPin callerNameLookup portOutContacts { email } } }`;
const UPDATE = `mutation ($input: UpdateAccountSettingsInput!) { updateAccountSettings(input: $input) {
  userErrors { path message code } accountSettings { webhookUrl hasWebhookAuthorization desiredPortTime portOutContacts { email } } } }`;

describe('accountSettings', () => {
  it('reads the defaults with the secrets as flags only', async () => {
    const res = await stack.gql(READ);
    expect(ok(res).accountSettings).toEqual({
      contact: { firstName: 'API', lastName: 'Orders', email: 'API@email.com' },
      desiredPortTime: '14:00',
      desiredPortTimeZone: 'US_PACIFIC',
      desiredPortTimeZoneLabel: 'US/Pacific',
      webhookUrl: 'test.inteliquent.com',
      hasWebhookAuthorization: true,
      webhookPortOutAuthorization: true,
      hasPortOutPin: true,
      callerNameLookup: expect.any(Boolean),
      portOutContacts: [{ email: 'test@email.com' }],
    });
    expect(JSON.stringify(res)).not.toContain('ABC123def456');
    expect(await stack.control.servicesCalls('accountDefaultDetail')).toHaveLength(1);
  });

  it('changes one value with one read and one write, keeping the rest (webhook, contacts) and never echoing the secret', async () => {
    const input = { desiredPortTime: '09:30', webhookAuthorization: 'Bearer n3w-s3cret' };
    const res = await stack.gql(UPDATE, { input });
    expect(ok(res).updateAccountSettings).toEqual({
      userErrors: [],
      accountSettings: {
        webhookUrl: 'test.inteliquent.com',
        hasWebhookAuthorization: true,
        desiredPortTime: '09:30',
        portOutContacts: [{ email: 'test@email.com' }],
      },
    });
    expect(await stack.control.servicesCalls('accountDefaultDetail')).toHaveLength(1);
    const writes = await stack.control.servicesCalls('accountDefault');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.body!['customerDefault']).toMatchObject({ webhookUrl: 'test.inteliquent.com', desiredPortTime: '09:30' });

    const reread = ok(await stack.gql(READ)).accountSettings;
    expect(reread).toMatchObject({ desiredPortTime: '09:30', webhookUrl: 'test.inteliquent.com', hasWebhookAuthorization: true });
    expect(JSON.stringify(res) + logLines.join('\n')).not.toContain('n3w-s3cret');
  });

  it('refuses a malformed e-mail or time before any call', async () => {
    const res = ok(await stack.gql(UPDATE, { input: { contact: { email: 'nobody' }, desiredPortTime: '25:00' } })).updateAccountSettings;
    expect(res.accountSettings).toBeNull();
    expect(res.userErrors.map((e: { path: string[] }) => e.path)).toEqual([
      ['input', 'contact', 'email'],
      ['input', 'desiredPortTime'],
    ]);
    expect(await stack.control.servicesCalls()).toHaveLength(0);
  });

  it('refuses a webhook URL that is not an absolute http(s) URL, or is too long, before any call, never echoing it', async () => {
    const refused = async (webhookUrl: string) => {
      const res = ok(await stack.gql(UPDATE, { input: { webhookUrl } })).updateAccountSettings;
      expect(res.accountSettings).toBeNull();
      expect(JSON.stringify(res)).not.toContain('s3cr3t');
      return res.userErrors as { path: string[]; code: string; message: string }[];
    };
    const invalid = { path: ['input', 'webhookUrl'], code: 'INVALID', message: expect.stringMatching(/http or https URL/) };
    expect(await refused('not a url')).toEqual([invalid]);
    expect(await refused('localhost/s3cr3t')).toEqual([invalid]);
    expect(await refused('ftp://hooks.example.com/s3cr3t')).toEqual([invalid]);
    expect(await refused(' https://hooks.example.com/s3cr3t')).toEqual([invalid]);
    expect(await refused('https://user:s3cr3t@hooks.example.com/')).toEqual([
      { path: ['input', 'webhookUrl'], code: 'INVALID', message: expect.stringMatching(/must not carry credentials/) },
    ]);
    expect(await refused(`https://hooks.example.com/${'a'.repeat(2048)}`)).toEqual([
      { path: ['input', 'webhookUrl'], code: 'TOO_LONG', message: expect.stringMatching(/at most 2048 characters/) },
    ]);
    expect(await stack.control.servicesCalls()).toHaveLength(0);
    expect(logLines.join('\n')).not.toContain('s3cr3t');

    // A good one is sent as given: one read, one write.
    const res = ok(await stack.gql(UPDATE, { input: { webhookUrl: 'https://hooks.example.com/carrier?v=1' } })).updateAccountSettings;
    expect(res).toMatchObject({ userErrors: [], accountSettings: { webhookUrl: 'https://hooks.example.com/carrier?v=1' } });
    const writes = await stack.control.servicesCalls('accountDefault');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.body!['customerDefault']).toMatchObject({ webhookUrl: 'https://hooks.example.com/carrier?v=1' });

    // The guide's example writes a bare host: it is taken, and sent as given.
    const bare = ok(await stack.gql(UPDATE, { input: { webhookUrl: 'test.inteliquent.com' } })).updateAccountSettings;
    expect(bare).toMatchObject({ userErrors: [], accountSettings: { webhookUrl: 'test.inteliquent.com' } });
  });
});

describe('node(id:)', () => {
  it('resolves the account settings and a toll-free CIC by their global ids', async () => {
    const ids = ok(await stack.gql(`{ accountSettings { id } tollFreeCics { id cic } }`));
    const res = ok(
      await stack.gql(
        `query ($a: ID!, $c: ID!) { a: node(id: $a) { ... on AccountSettings { desiredPortTime } } c: node(id: $c) { ... on TollFreeCic { cic } } }`,
        {
          a: ids.accountSettings.id,
          c: ids.tollFreeCics[0].id,
        },
      ),
    );
    expect(res).toEqual({ a: { desiredPortTime: '14:00' }, c: { cic: '0913' } });
  });
});
