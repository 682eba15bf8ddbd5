/**
 * Apollo Server plugin: one log line per GraphQL operation (name, type,
 * duration, error codes) and the full error for anything unexpected, which
 * formatError hides from clients. Variables are never logged: they carry
 * port-out PINs, end-user names and addresses.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { Logger } from 'pino';
import { errorCodeOf } from '../graph/common/errors.js';
import { UpstreamError } from '../upstream/core/errors.js';

export function operationLogging<TContext extends BaseContext>(logger: Logger): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const started = performance.now();
      let errorCodes: string[] = [];
      return {
        async didEncounterErrors({ errors }) {
          errorCodes = errors.map(errorCodeOf);
          for (const error of errors) {
            const cause = error.originalError;
            // Upstream failures are classified and already logged by the client; request errors are the caller's.
            if (!cause || cause instanceof UpstreamError || errorCodeOf(error) !== 'INTERNAL_SERVER_ERROR') continue;
            logger.error({ err: cause, path: error.path }, 'unexpected error while resolving');
          }
        },
        async willSendResponse({ operationName, operation }) {
          logger.info(
            {
              operationName: operationName ?? undefined,
              operationType: operation?.operation,
              durationMs: Math.round(performance.now() - started),
              ...(errorCodes.length > 0 ? { errorCodes } : {}),
            },
            'graphql operation',
          );
        },
      };
    },
  };
}
