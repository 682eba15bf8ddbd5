/**
 * The compiled gateway (dist/) that tests run as a user would. `npm test`
 * compiles it in the same `tsc` run that type-checks the tests, so it is
 * normally fresh and nothing is compiled here; only a stale or missing build
 * (a lone `npx vitest run` after editing src/) is compiled again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const ROOT = new URL('../..', import.meta.url).pathname;

function sources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The source files whose compiled output is missing or older than the source. */
export function staleOutputs(): string[] {
  return sources(join(ROOT, 'src')).filter((source) => {
    const output = join(ROOT, 'dist', relative(ROOT, source)).replace(/\.ts$/, '.js');
    return !existsSync(output) || statSync(output).mtimeMs < statSync(source).mtimeMs;
  });
}

/** Compiles dist/ unless every source already has an up-to-date output. */
export function ensureBuilt(): void {
  if (staleOutputs().length === 0) return;
  execFileSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: ROOT, stdio: 'pipe' });
}
