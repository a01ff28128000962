import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clipTruth, clipY4m } from './clips.js';
import { openBrowser, screenshot, startServer, type BrowserSession } from './support.js';

interface LiveStats {
  frames: number;
  repCount: number;
  cues: { id: string; atS: number; latencyMs: number }[];
}

describe('live mode with a fake camera playing the faulty clip', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await startServer();
    browser = await openBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${clipY4m('faulty')}`,
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('counts the reps, cues the breathing and ends with a summary', async () => {
    const { page } = browser;
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    // Whether "stop" fires on this clip depends on MoveNet Lightning's hip error frame by frame (it failed 2
    // runs in 3, on session 1's code too), so the stop cue's timing is tested on simulated tracks
    // (src/live/live-coach.test.ts); here: the camera, the rep counter, the breathing cue and the summary.
    await page.goto(`${server.url}#/live`);
    await page.getByRole('button', { name: /Start camera/ }).click();
    const truth = clipTruth('faulty');
    const stats = () =>
      page.evaluate(() => (globalThis as unknown as { __spotterLive?: LiveStats }).__spotterLive ?? null);
    // The clip loops; one pass is enough to see every rep.
    await expect
      .poll(async () => (await stats())?.repCount ?? 0, { timeout: 90_000, interval: 1000 })
      .toBeGreaterThanOrEqual(truth.reps.length - 1);
    const s = (await stats())!;
    expect(s.cues.some((c) => c.id === 'exhale')).toBe(true);
    expect(Number(await page.getByTestId('rep-count').textContent())).toBeGreaterThanOrEqual(
      truth.reps.length - 1,
    );
    await screenshot(page, 'live-running');
    await page.getByRole('button', { name: /End set/ }).click();
    await page.getByTestId('rep-table').waitFor({ timeout: 30_000 });
    await screenshot(page, 'live-summary');
    expect(errors).toEqual([]);
  });
});
