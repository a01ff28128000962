/**
 * Issue 12 in the browser: a red flag from the back pain check wins on the analysis view (no fix, only the care
 * to seek), and the Log page open in two tabs keeps the sets added in each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startServer, type BrowserSession, type Page } from './support.js';

describe('safety and data in the browser', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a red flag in the back pain check replaces the verdict and every fix on the analysis', async () => {
    const { page } = browser;
    await page.goto(`${server.url}#/analyse`);
    await page.getByTestId('analysis').waitFor({ timeout: 30_000 });
    // Without a check the demo set shows its verdict and fixes.
    expect(await page.locator('.fix').count()).toBeGreaterThan(0);

    await page.goto(`${server.url}#/coach`);
    await page.getByRole('group').first().getByLabel('yes').check(); // saddle numbness
    await page.getByRole('button', { name: 'Check' }).click();
    await page.getByTestId('triage-result').waitFor();

    await page.goto(`${server.url}#/analyse`);
    const flag = page.getByTestId('red-flag');
    await flag.waitFor({ timeout: 30_000 });
    expect(await flag.textContent()).toMatch(/Get emergency care now/);
    expect(await page.locator('.fix').count()).toBe(0);
    const text = (await page.getByTestId('analysis').textContent()) ?? '';
    expect(text).not.toMatch(/Fix:|Faults and fixes|Stop and fix this first|lighten the load/);
    await screenshot(page, 'red-flag-analysis');
  });

  it('the Log page open in two tabs keeps the sets added in each', async () => {
    const { context } = browser;
    const [a, b] = [await context.newPage(), await context.newPage()];
    /** Adds a set and waits for its message: the id shows the set was added to the log as stored now. */
    const addSet = async (page: Page, loadKg: string, id: number) => {
      const form = page.getByTestId('log-form');
      await form.getByLabel('Load kg').fill(loadKg);
      await form.getByLabel('Reps').fill('10');
      await form.getByRole('button', { name: 'Log set' }).click();
      await page.getByText(`Set ${id} logged.`).waitFor();
    };
    for (const page of [a, b]) {
      await page.goto(`${server.url}#/log`);
      await page.getByTestId('log-form').waitFor();
    }
    await addSet(a, '101', 1);
    await addSet(b, '102', 2); // tab B loaded the log before tab A's set
    await addSet(a, '103', 3);
    const stored = await a.evaluate(() => localStorage.getItem('spotter.trainingLog.v1'));
    const loads = (JSON.parse(stored ?? '{}') as { sets: { loadKg: number }[] }).sets.map((s) => s.loadKg);
    expect(loads.sort()).toEqual([101, 102, 103]);
    await a.close();
    await b.close();
  });
});
