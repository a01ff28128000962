import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startServer, type BrowserSession } from './support.js';

describe('demo (no camera, no upload)', () => {
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

  it('opens on a complete analysis of the bundled demo set', async () => {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The served app has a Content-Security-Policy, and nothing the app does breaks it.
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'self'/);
    await page.getByTestId('analysis').waitFor({ timeout: 30_000 });
    const rows = page.getByTestId('rep-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('verdict-headline').textContent()).not.toBe('');
    await expect.poll(() => page.getByTestId('safe-depth').textContent()).toMatch(/\d+°/);
    // The page is cross-origin isolated (tfjs wasm threads need it).
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    // A rep button seeks: the "now" line names that rep.
    await page.getByRole('navigation', { name: 'Reps' }).getByRole('button').nth(1).click();
    await expect.poll(() => page.locator('.now').textContent()).toMatch(/Rep 2/);
    await screenshot(page, 'demo-laptop');
    await page.setViewportSize({ width: 360, height: 780 });
    await screenshot(page, 'demo-phone');
    expect(errors).toEqual([]);
  });

  it('works offline after the first visit (service worker: app shell and models cached)', async () => {
    const { page, context } = browser;
    await page.goto(server.url);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload(); // now controlled: the app's assets pass through the worker and are cached
    await page.getByTestId('analysis').waitFor({ timeout: 30_000 });
    await context.setOffline(true);
    try {
      await page.reload();
      await page.getByTestId('analysis').waitFor({ timeout: 30_000 });
      const modelCached = await page.evaluate(async () => (await fetch('models/movenet-lightning.json')).ok);
      expect(modelCached).toBe(true);
    } finally {
      await context.setOffline(false);
    }
  });
});
