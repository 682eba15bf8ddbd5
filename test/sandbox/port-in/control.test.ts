/** The port-in control route: a jeopardy reason is taken as the carrier's text or as the graph's enum name. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { JEOPARDY_NAMES } from '../../../src/sandbox/port-in/control.js';
import { JEOPARDY_REASONS as SANDBOX_REASONS } from '../../../src/sandbox/port-in/shared/port-state.js';
import { JEOPARDY_REASONS } from '../../../src/upstream/port-in/port-status.js';
import { Harness } from '../helpers.js';
import { choose, FOREIGN } from './port-fixtures.js';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(async () => {
  await h.close();
});
beforeEach(async () => {
  await h.control('POST', 'reset', {});
});

describe('POST /_sandbox/port-in/numbers', () => {
  it('takes the enum name (PIN_REQUIRED_INVALID) and the carrier text alike, both stored as the text', async () => {
    const byName = await choose(h, [FOREIGN[0]!], { jeopardy: 'PIN_REQUIRED_INVALID' });
    expect(byName).toEqual({ numbers: { [FOREIGN[0]!]: { jeopardy: 'PIN required/invalid' } } });
    const byText = await choose(h, [FOREIGN[1]!], { jeopardy: 'Need LOA (dated within 30 days)' });
    expect(byText).toEqual({ numbers: { [FOREIGN[1]!]: { jeopardy: 'Need LOA (dated within 30 days)' } } });
    expect(await choose(h, [FOREIGN[0]!], { jeopardy: null })).toEqual({ numbers: { [FOREIGN[0]!]: { jeopardy: null } } });
  });

  it('refuses anything else, naming both spellings', async () => {
    const r = await choose(h, [FOREIGN[0]!], { jeopardy: 'pin_required_invalid' });
    expect(r.error).toMatch(/PIN_REQUIRED_INVALID.*PIN required\/invalid/);
  });

  it("names the reasons as the gateway's JeopardyReason does, in the same order", () => {
    expect(SANDBOX_REASONS.map((text, i) => [JEOPARDY_NAMES[i], text])).toEqual(Object.entries(JEOPARDY_REASONS));
  });
});
