import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adviseSet } from '../../src/coach/index.js';
import { analyzeTrack } from '../../src/engine/index.js';
import { parseKeypointTrackJson } from '../../src/formats/keypoint-track/index.js';
import { wordPlan } from '../../src/present/vocabulary/index.js';
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

  it('shows the coach plan the CLI prints for the set, with why and sources behind a "Why?" disclosure', async () => {
    const { page } = browser;
    await page.goto(server.url);
    const plan = page.getByTestId('coach-plan');
    await plan.waitFor({ timeout: 30_000 });
    // The same plan as the core gives for the same track (the one `spotter analyze --keypoints` prints).
    const track = parseKeypointTrackJson(await readFile('fixtures/demo/web-demo-track.json', 'utf8'));
    const expected = wordPlan(adviseSet({ report: analyzeTrack(track) }).plan, 'app');
    expect(await plan.locator('h4').allTextContents()).toEqual(expected.sections.map((s) => s.title));
    const titles = await plan.locator('[data-item] > strong').allTextContents();
    expect(titles).toEqual(expected.sections.flatMap((s) => s.items.map((i) => i.title)));
    // Sources are never inline: only inside a closed "Why?" disclosure, opened on demand.
    const why = plan.locator('details.why').first();
    expect(await why.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    const visible = (await plan.innerText()).replace(/\s+/g, ' ');
    expect(visible).not.toMatch(/evidence\.md|seeds\/|\[conv|spotter [a-z]+|--[a-z]/);
    await why.locator('summary').click();
    expect(await why.innerText()).toMatch(/Sources:[\s\S]*\(evidence\.md §\d\)/);
  });

  it('says why a check could not be judged in the app’s words: no CLI option, command or model id', async () => {
    const { page } = browser;
    await page.goto(server.url);
    await page.getByTestId('analysis').waitFor({ timeout: 30_000 });
    // The demo's knee lockout cannot be judged because of the pose model: the CLI names it `blazepose-full`.
    const notJudged = page.getByRole('region', { name: 'Not judged' });
    const text = (await notJudged.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/The pose model \(BlazePose\) reads a real straight knee/);
    expect(text).not.toMatch(/--[a-z]|spotter [a-z]+|\b(movenet|blazepose)-[a-z]+/);
    const shown = (await page.getByTestId('analysis').innerText()).replace(/\s+/g, ' ');
    expect(shown).not.toMatch(/--[a-z]|spotter [a-z]+/);
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
