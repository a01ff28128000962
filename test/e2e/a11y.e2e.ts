/**
 * Accessibility (issue 15 item 7): axe-core finds no serious or critical WCAG 2.1 A/AA violation on any page,
 * on a desktop and a 360 px phone, in the states a user reaches (demo analysis, coach tabs and a triage result,
 * a logged set, an upload in progress, a live set and its summary); upload, live and the log work with the
 * keyboard alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, FileChooser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, seriousViolations } from './axe.js';
import { clipPath } from './clips.js';
import { toY4m } from './live-real-clips.js';
import { liveFrames, startServer } from './support.js';

/** Presses Tab until `target` has the focus; fails when it is not reachable in `max` presses. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable with Tab in ${max} presses: ${target.toString()}`);
}

/**
 * Tabs to the file input and presses Space, as a keyboard user does; tries again (up to 3 times) when the page
 * was still busy and no file chooser opened.
 */
async function openChooserByKeyboard(page: Page, input: Locator): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    await tabTo(page, input);
    const chooser = page.waitForEvent('filechooser', { timeout: 15_000 });
    await page.keyboard.press('Space');
    try {
      return await chooser;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

describe('accessibility', () => {
  let server: Awaited<ReturnType<typeof startServer>>;
  let browser: Browser;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'spotter-a11y-e2e-'));
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser(['--deny-permission-prompts']);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('no serious or critical axe violation on any page, desktop and phone', async () => {
    const found: string[] = [];
    for (const viewport of [
      { width: 1280, height: 900 },
      { width: 360, height: 780 },
    ]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const check = async (state: string): Promise<void> => {
        for (const v of await seriousViolations(page)) found.push(`${viewport.width}px ${state}: ${v}`);
      };
      try {
        await page.goto(server.url);
        await page.getByTestId('analysis').waitFor({ timeout: 60_000 });
        await check('analyse (demo analysis)');
        await page.goto(`${server.url}#/live`);
        await page.getByRole('button', { name: /Start camera/ }).waitFor();
        await check('live');
        await page.getByRole('button', { name: /Start camera/ }).click();
        await page.getByRole('alert').waitFor({ timeout: 30_000 });
        await check('live without a camera');
        await page.goto(`${server.url}#/calibrate`);
        await page.getByTestId('stored-depth').waitFor();
        await check('calibrate');
        await page.goto(`${server.url}#/coach`);
        for (const tab of await page.getByRole('tab').all()) {
          await tab.click();
          await check(`coach, tab ${(await tab.textContent())?.trim()}`);
        }
        await page.getByRole('tab').first().click();
        await page.getByRole('group').first().getByLabel('yes').check();
        await page.getByRole('button', { name: 'Check' }).click();
        await page.getByTestId('triage-result').waitFor();
        await check('coach, triage result');
        await page.goto(`${server.url}#/log`);
        await page.getByTestId('log-form').waitFor();
        await check('log, empty');
        const form = page.getByTestId('log-form');
        await form.getByLabel('Load kg').fill('120');
        await form.getByLabel('Reps').fill('10');
        await form.getByLabel('During').fill('7');
        await form.getByRole('button', { name: 'Log set' }).click();
        await page.getByTestId('log-next').waitFor();
        await check('log, one set');
      } finally {
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });

  it('upload with the keyboard only: choose a video, watch the progress, cancel', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(server.url);
      await page.getByTestId('demo-note').waitFor({ timeout: 30_000 });
      await (await openChooserByKeyboard(page, page.getByTestId('file-input'))).setFiles(clipPath('faulty'));
      await page.getByRole('status').filter({ hasText: '%' }).first().waitFor({ timeout: 60_000 });
      expect(await seriousViolations(page)).toEqual([]);
      const cancel = page.getByRole('button', { name: 'Cancel' });
      await tabTo(page, cancel);
      await page.keyboard.press('Enter');
      await cancel.waitFor({ state: 'detached', timeout: 30_000 });
      // Cancelled: the demo analysis is still the one shown.
      expect(await page.getByTestId('demo-note').count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('the training log with the keyboard only: log a set, then see the advice', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`${server.url}#/log`);
      const form = page.getByTestId('log-form');
      await form.waitFor();
      for (const [label, value] of [
        ['Load kg', '100'],
        ['Reps', '8'],
      ] as const) {
        await tabTo(page, form.getByLabel(label));
        await page.keyboard.type(value);
      }
      await tabTo(page, form.getByRole('button', { name: 'Log set' }));
      await page.keyboard.press('Enter');
      // The advice card is there before any set: wait for the logged set's row, then for advice about it.
      await page
        .getByTestId('log-sets')
        .getByRole('row')
        .filter({ hasText: '100' })
        .first()
        .waitFor({ timeout: 30_000 });
      await page.getByTestId('log-next').waitFor();
      expect(await page.getByTestId('log-next').textContent()).not.toMatch(/Nothing logged yet/);
    } finally {
      await context.close();
    }
  });

  it('live with the keyboard only: start the camera, end the set, read the summary', async () => {
    const camera = toY4m(clipPath('faulty'), tmp);
    const live = await launchBrowser([
      '--use-fake-device-for-media-stream',
      '--use-fake-ui-for-media-stream',
      `--use-file-for-fake-video-capture=${camera.y4m}`,
    ]);
    try {
      const context = await live.newContext({ permissions: ['camera', 'microphone'] });
      const page = await context.newPage();
      await page.goto(`${server.url}#/live`);
      await tabTo(page, page.getByRole('button', { name: /Start camera/ }));
      await page.keyboard.press('Enter');
      await expect.poll(() => liveFrames(page), { timeout: 90_000, interval: 500 }).toBeGreaterThan(30);
      expect(await seriousViolations(page)).toEqual([]);
      await tabTo(page, page.getByRole('button', { name: /End set/ }));
      await page.keyboard.press('Enter');
      await page.getByTestId('summary-source').waitFor({ timeout: 150_000 });
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await live.close();
    }
  });
});
