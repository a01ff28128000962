/**
 * Headless Debian Chromium (playwright-core, never a downloaded browser) with WebGL on SwiftShader, and the
 * page bundle (src/render/page) built in memory with esbuild.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM = process.env.SPOTTER_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // WebGL without a GPU: software rasteriser.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

let bundle: Promise<string> | undefined;

/** The page code as one script (three.js included). */
export function pageBundle(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(path.dirname(fileURLToPath(import.meta.url)), '../page/main.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'es2022',
    logLevel: 'silent',
  }).then((r) => r.outputFiles[0]!.text);
  return bundle;
}

export interface RenderBrowser {
  readonly page: Page;
  close(): Promise<void>;
}

export async function openRenderBrowser(): Promise<RenderBrowser> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'spotter-render-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><html><body style="margin:0;background:#000"></body></html>');
  await page.addScriptTag({ content: await pageBundle() });
  return {
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
