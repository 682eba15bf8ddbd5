/**
 * Breaking changes are announced: the schema is diffed against the previous
 * release's (schema/previous.graphql) with @graphql-inspector/core, and every
 * breaking change must be listed, by its schema coordinate in backticks, in
 * the "### Breaking" section of CHANGELOG.md's latest release.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printGatewaySdl } from '../../src/graph/schema.js';

const ROOT = resolve(import.meta.dirname, '../..');
const schemaOf = (sdl: string) => buildSchema(sdl, { assumeValid: true, assumeValidSDL: true });

/** The coordinates the latest release (the first "## " section) lists under "### Breaking". */
export function listedBreakingChanges(changelog: string): Set<string> {
  const release = changelog.split(/^## /m)[1] ?? '';
  const breaking = release.split(/^### /m).find((section) => section.startsWith('Breaking')) ?? '';
  return new Set([...breaking.matchAll(/^- `([^`]+)`/gm)].map(([, path]) => path!));
}

describe('schema compatibility', () => {
  it('every breaking change since schema/previous.graphql is listed in CHANGELOG.md', async () => {
    const previous = schemaOf(readFileSync(resolve(ROOT, 'schema/previous.graphql'), 'utf8'));
    const current = schemaOf(await printGatewaySdl());
    const breaking = (await diff(previous, current)).filter((change) => change.criticality.level === CriticalityLevel.Breaking);
    const listed = listedBreakingChanges(readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8'));
    const unlisted = breaking.filter((change) => !listed.has(change.path ?? '')).map((change) => `${change.path}: ${change.message}`);
    expect(unlisted, 'breaking changes missing from CHANGELOG.md "### Breaking"').toEqual([]);
  });

  it('reads the Breaking section of the latest release only', () => {
    const changelog = '# C\n\n## Next\n\n### Breaking\n\n- `A.b`: gone\n\n### Added\n\n- `C.d`\n\n## 1.0\n\n### Breaking\n\n- `E.f`\n';
    expect([...listedBreakingChanges(changelog)]).toEqual(['A.b']);
  });
});
