import { ApolloServer } from '@apollo/server';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { operationLogging } from '../../src/server/operation-logging.js';
import { formatError } from '../../src/graph/common/errors.js';

describe('operation logging', () => {
  it('logs each operation without its variables, and the cause of an internal error that clients never see', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const apollo = new ApolloServer({
      typeDefs: 'type Query { greet(name: String!): String! broken: String }',
      resolvers: {
        Query: {
          greet: (_: unknown, { name }: { name: string }) => `hello ${name}`,
          broken: () => {
            throw new TypeError('cannot read properties of undefined (reading "tn")');
          },
        },
      },
      formatError,
      plugins: [operationLogging(logger)],
    });
    await apollo.start();
    await apollo.executeOperation({ query: 'query Greeting($name: String!) { greet(name: $name) }', variables: { name: 'PIN-4321' } });
    const broken = await apollo.executeOperation({ query: 'query Broken { broken }' });
    await apollo.stop();

    const body = broken.body.kind === 'single' ? broken.body.singleResult : undefined;
    expect(body?.errors?.[0]).toEqual({
      message: 'Internal server error',
      locations: expect.any(Array),
      path: ['broken'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });

    const entries = lines.map((l) => JSON.parse(l));
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'graphql operation', operationName: 'Greeting', operationType: 'query' }),
    );
    expect(lines.join('\n')).not.toContain('PIN-4321');
    const unexpected = entries.find((e) => e.msg === 'unexpected error while resolving');
    expect(unexpected?.err?.message).toContain('reading "tn"');
    expect(unexpected?.err?.stack).toContain('TypeError');
    expect(entries).toContainEqual(
      expect.objectContaining({ msg: 'graphql operation', operationName: 'Broken', errorCodes: ['INTERNAL_SERVER_ERROR'] }),
    );
  });
});
