/**
 * GraphiQL as a person uses it: headless Chromium opens /graphql, clicks
 * run, and sees the answer, with no request leaving this machine (the page
 * must work without internet access).
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from '../support/stack.js';
import { CHROMIUM_PATH, hasChromium } from '../support/system-binaries.js';

const runs = hasChromium();
let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  if (!runs) return;
  stack = await startStack();
  // Playwright gives every launch a fresh temporary profile of its own.
  browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.close();
});

describe.runIf(runs)('GraphiQL in a browser', () => {
  it('runs the example query and shows the answer, loading nothing from outside', async () => {
    const page = await browser.newPage();
    const origin = new URL(stack.gateway.graphqlUrl).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(origin)) foreign.push(request.url());
    });
    await page.goto(stack.gateway.graphqlUrl);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 20_000 });
    await page.click('.graphiql-execute-button');
    await page.waitForFunction(`document.querySelector('.graphiql-response')?.textContent?.includes('"totalCount"')`, null, {
      timeout: 20_000,
    });
    const answer = (await page.textContent('.graphiql-response')) ?? '';
    expect(answer).toContain('CHCGIL24CL1_897');
    expect(answer).not.toContain('"errors"');
    expect(foreign).toEqual([]);
  }, 60_000);
});
