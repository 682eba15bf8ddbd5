/**
 * One pino logger for the process. Redaction is a second line of defence:
 * no code path should log a key, secret or token, but if one ever passes an
 * object carrying them, these paths are blanked before the line is written.
 */
import { pino, type DestinationStream, type Logger } from 'pino';

const SECRET_PATHS = [
  'privateKey',
  'apiKey',
  'apiSecret',
  'client_secret',
  'access_token',
  'token',
  'authorization',
  'password',
  '*.privateKey',
  '*.apiKey',
  '*.apiSecret',
  '*.client_secret',
  '*.access_token',
  '*.token',
  '*.authorization',
  '*.password',
  'headers.authorization',
  'req.headers.authorization',
  'credentials',
  '*.credentials',
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino({ level, redact: { paths: SECRET_PATHS, censor: '[redacted]' }, base: undefined }, destination);
}

export type { Logger };
