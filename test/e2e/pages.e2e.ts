import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, screenshot, startServer, type BrowserSession } from './support.js';

describe('pages on a 360 px phone', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser(['--deny-permission-prompts']);
    await browser.page.setViewportSize({ width: 360, height: 780 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('live mode without a usable camera says why instead of failing silently', async () => {
    const { page } = browser;
    await page.goto(`${server.url}#/live`);
    await page.getByRole('button', { name: /Start camera/ }).click();
    const msg = page.getByRole('alert');
    await msg.waitFor({ timeout: 30_000 });
    expect(await msg.textContent()).toMatch(/camera/i);
    await screenshot(page, 'phone-live-no-camera');
  });

  it('triage answers a red flag with the emergency level, keyboard only', async () => {
    const { page } = browser;
    await page.goto(`${server.url}#/coach`);
    // Reach the first "yes" (saddle numbness) by keyboard and submit.
    const yes = page.getByRole('group').first().getByLabel('yes');
    await yes.focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Check' }).focus();
    await page.keyboard.press('Enter');
    const result = page.getByTestId('triage-result');
    await result.waitFor();
    expect(await result.getAttribute('class')).toContain('level-emergency');
    await screenshot(page, 'phone-triage');
  });

  it('calibration and setup pages render', async () => {
    const { page } = browser;
    await page.goto(`${server.url}#/calibrate`);
    expect(await page.getByTestId('stored-depth').textContent()).toMatch(/default limit/);
    await screenshot(page, 'phone-calibrate');
    await page.goto(`${server.url}#/coach`);
    await page.getByRole('tab', { name: 'Machine setup' }).click();
    expect(await page.locator('.diagrams svg').count()).toBe(2);
    await screenshot(page, 'phone-setup');
    // Nothing overflows the 360 px width (no sideways scrolling of the page).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
