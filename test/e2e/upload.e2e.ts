import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipPath, clipTruth } from './clips.js';
import { openBrowser, screenshot, startServer, type BrowserSession } from './support.js';

describe('upload a recorded set', () => {
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

  it('analyses the chosen video in the browser and shows one table row per rep', async () => {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(server.url);
    await page.getByTestId('demo-note').waitFor({ timeout: 30_000 });
    await page.getByTestId('file-input').setInputFiles(clipPath('faulty'));
    await page.getByRole('status').filter({ hasText: '%' }).first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'upload-progress');
    // The demo note disappears when the uploaded set's analysis replaces the demo.
    await Promise.race([
      page.getByTestId('demo-note').waitFor({ state: 'detached', timeout: 150_000 }),
      page
        .getByRole('alert')
        .waitFor({ timeout: 150_000 })
        .then(async () => {
          throw new Error(`the page reported: ${await page.getByRole('alert').first().textContent()}`);
        }),
    ]);
    const rows = page.getByTestId('rep-table').locator('tbody tr');
    expect(await rows.count()).toBe(clipTruth('faulty').reps.length);
    await expect.poll(() => page.locator('.meta').first().textContent()).toContain('faulty.mp4');
    await screenshot(page, 'upload-result');
    expect(errors).toEqual([]);
  });
});
