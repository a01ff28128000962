/**
 * Headless Debian Chromium (playwright-core, never a downloaded browser) with WebGL on SwiftShader, and the
 * page bundle (src/render/page) built in memory with esbuild.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { getPriority, setPriority, tmpdir } from 'node:os';
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

/**
 * Chromium raises its browser and GPU processes to nice -8 when it may (e.g. as root), which would put a
 * long render ahead of everything else on a shared machine: give every thread of every descendant process
 * our own niceness back (`nice -n 10 npm run eval:video` then really is nice 10). Linux /proc; else a no-op.
 */
export function matchOwnNiceness(): void {
  try {
    const own = getPriority(0);
    const parent = new Map<number, number>();
    for (const d of readdirSync('/proc')) {
      if (!/^\d+$/.test(d)) continue;
      try {
        const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
        parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      } catch {
        // the process ended meanwhile
      }
    }
    const isDescendant = (pid: number): boolean => {
      for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
        if (p === process.pid) return true;
      return false;
    };
    for (const pid of parent.keys()) {
      if (!isDescendant(pid)) continue;
      for (const tid of readdirSync(`/proc/${pid}/task`).map(Number)) {
        try {
          if (getPriority(tid) < own) setPriority(tid, own);
        } catch {
          // the thread ended meanwhile
        }
      }
    }
  } catch {
    // no /proc: leave priorities as they are
  }
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
  matchOwnNiceness();
  return {
    page,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
