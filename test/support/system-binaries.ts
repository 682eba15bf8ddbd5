/**
 * Some tests need a real program from the OS: redis-server for the shared
 * cache, chromium for GraphiQL in a browser. `.ci/run` installs both, so under
 * CI they always run (a missing binary fails them). On a developer's machine
 * without the program they are skipped with a note on how to install it,
 * so `npm test` stays green on a fresh clone.
 */
import { spawnSync } from 'node:child_process';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function runs(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore', timeout: 20_000 }).status === 0;
}

/** True when the tests needing `what` should run; otherwise prints why they are skipped. */
function available(what: string, present: boolean, install: string): boolean {
  if (present || process.env.CI) return true;
  process.stderr.write(`\n[tests] ${what} not found: its tests are skipped here (CI runs them). Install: ${install}\n`);
  return false;
}

export const hasRedisServer = (): boolean =>
  available('redis-server', runs('redis-server', ['--version']), 'apt-get install -y redis-server');

export const hasChromium = (): boolean => available(CHROMIUM_PATH, runs(CHROMIUM_PATH, ['--version']), 'apt-get install -y chromium');
