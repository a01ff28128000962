/**
 * `spotter analyze <video>` end to end on small clips generated at test time (ffmpeg lavfi sources), with a fake
 * pose estimator standing in for the model (the real models are exercised by the benchmark and docs/video.md).
 */
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMediaDir,
  testPatternArgs,
  type MediaDir,
} from '../../adapters/node/video/test-support/make-media.js';
import { DEFAULT_POSE_MODEL } from '../../pose/create-pose-estimator.js';
import { EXIT, type CliIo } from '../command.js';
import { runCli } from '../run-cli.js';
import { DEFAULT_ANALYSIS_MAX_FPS } from '../../adapters/node/video/analysis-size.js';

const FAKE = new URL('../../adapters/node/pose-pool/test-support/fake-estimator.ts', import.meta.url).href;
let media: MediaDir;
let clip: string;

beforeAll(() => {
  process.env.SPOTTER_ESTIMATOR_MODULE = FAKE;
  media = createMediaDir();
  clip = media.make('set.mp4', testPatternArgs({ size: '320x180', fps: 30, seconds: 7 }));
});
afterAll(() => {
  delete process.env.SPOTTER_ESTIMATOR_MODULE;
  media.remove();
});
afterEach(() => {
  delete process.env.SPOTTER_FAKE_POSE;
  delete process.env.SPOTTER_FFMPEG;
});

async function spotter(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (s) => (stdout += s),
    stderr: (s) => (stderr += s),
    isTTY: false,
    cwd: media.dir,
  };
  const code = await runCli(['analyze', ...args, '--workers', '1'], io);
  return { code, stdout, stderr };
}

const out = (name: string) => path.join(media.dir, name);
const outputsOf = (prefix: string) =>
  readdirSync(media.dir).filter((f) => f.startsWith(prefix) || f.includes(`.${prefix}`));

describe('spotter analyze <video>', () => {
  it('writes the JSON report, HTML report and keypoint track', async () => {
    const r = await spotter(
      clip,
      '--json',
      out('ok.json'),
      '--html',
      out('ok.html'),
      '--save-track',
      out('ok-track.json'),
    );
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(readFileSync(out('ok.json'), 'utf8'));
    expect(json.reps.length).toBeGreaterThanOrEqual(2);
    for (const key of [
      'index',
      'startS',
      'bottomS',
      'endS',
      'kneeMinDeg',
      'hipFlexionMaxDeg',
      'eccentricS',
      'concentricS',
      'faults',
    ]) {
      expect(json.reps[0]).toHaveProperty(key);
    }
    expect(json).toHaveProperty('view');
    expect(json).toHaveProperty('notAssessable');
    expect(json.model).toBe(DEFAULT_POSE_MODEL);
    expect(json.timings.framesPerS).toBeGreaterThan(0);
    // 7 s of 30 fps video, analysed at the default frame-rate cap.
    expect(json.track.frames).toBe(7 * Math.min(30, DEFAULT_ANALYSIS_MAX_FPS));
    const html = readFileSync(out('ok.html'), 'utf8');
    expect(html).toContain('data:image/jpeg;base64,'); // fault snapshots from the video
    const track = readFileSync(out('ok-track.json'), 'utf8');
    expect(track).toContain('"landmarkSet":"movenet17"');
    // The saved track re-analyses without the model.
    const again = await runCli(
      ['analyze', '--keypoints', out('ok-track.json'), '--json', out('again.json')],
      {
        stdout: () => undefined,
        stderr: () => undefined,
        isTTY: false,
        cwd: media.dir,
      },
    );
    expect(again).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(out('again.json'), 'utf8')).reps.length).toBe(json.reps.length);
    expect(r.stderr).toContain('frames'); // plain progress lines when not a terminal
  });

  it('is silent apart from errors with --quiet', async () => {
    const r = await spotter(clip, '--quiet');
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout + r.stderr).toBe('');
  });

  it('downscales 4K to the analysis size', async () => {
    const uhd = media.make('uhd.mp4', testPatternArgs({ size: '3840x2160', fps: 10, seconds: 1 }));
    const r = await spotter(uhd, '--json', out('uhd.json'), '--quiet');
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(readFileSync(out('uhd.json'), 'utf8'));
    expect([json.video.widthPx, json.video.heightPx]).toEqual([3840, 2160]);
    expect([json.video.analysedWidthPx, json.video.analysedHeightPx]).toEqual([640, 360]);
  });
});

describe('bad input: one clear message, an exit code, no stack trace, no output file', () => {
  const cases: {
    name: string;
    make: () => string;
    code: number;
    message: RegExp;
    env?: Record<string, string>;
  }[] = [
    {
      name: 'not a video',
      make: () => {
        writeFileSync(out('notes.mp4'), 'squats 3x5, leg press 3x10\n');
        return out('notes.mp4');
      },
      code: EXIT.badInput,
      message: /not a video/,
    },
    {
      name: 'zero-length file',
      make: () => {
        writeFileSync(out('zero.mp4'), '');
        return out('zero.mp4');
      },
      code: EXIT.badInput,
      message: /empty/,
    },
    {
      name: 'truncated file (index lost)',
      make: () => {
        const bytes = readFileSync(clip);
        writeFileSync(out('cut.mp4'), bytes.subarray(0, Math.floor(bytes.length * 0.6)));
        return out('cut.mp4');
      },
      code: EXIT.badInput,
      message: /cut short or damaged/,
    },
    {
      name: 'truncated file (index first, data cut)',
      make: () => {
        const full = media.make(
          'fast.mp4',
          testPatternArgs({ size: '160x90', fps: 30, seconds: 8, extra: ['-movflags', '+faststart'] }),
        );
        const bytes = readFileSync(full);
        writeFileSync(out('fastcut.mp4'), bytes.subarray(0, Math.floor(bytes.length * 0.4)));
        return out('fastcut.mp4');
      },
      code: EXIT.badInput,
      message: /damaged or cut short/,
    },
    {
      name: 'audio only',
      make: () => media.make('voice.m4a', ['-f', 'lavfi', '-i', 'sine=frequency=300', '-t', '2']),
      code: EXIT.badInput,
      message: /sound but no picture/,
    },
    {
      name: 'still image',
      make: () => media.make('photo.jpg', ['-f', 'lavfi', '-i', 'testsrc=size=320x180', '-frames:v', '1']),
      code: EXIT.badInput,
      message: /still image/,
    },
    {
      name: 'nobody in the video',
      make: () => clip,
      env: { SPOTTER_FAKE_POSE: 'none' },
      code: EXIT.analysisFailed,
      message: /No person was found/,
    },
    {
      name: 'very dark footage',
      make: () =>
        media.make('night.mp4', [
          '-f',
          'lavfi',
          '-i',
          'color=c=0x030303:size=320x180:rate=30',
          '-t',
          '4',
          '-c:v',
          'libx264',
          '-pix_fmt',
          'yuv420p',
        ]),
      code: EXIT.analysisFailed,
      message: /too dark/,
    },
    {
      name: 'longer than --max-duration',
      make: () =>
        media.make('hour.mp4', [
          '-f',
          'lavfi',
          '-i',
          'color=c=gray:size=32x32:rate=1',
          '-t',
          '3600',
          '-c:v',
          'libx264',
          '-preset',
          'ultrafast',
          '-pix_fmt',
          'yuv420p',
        ]),
      code: EXIT.badInput,
      message: /longer than --max-duration/,
    },
    {
      name: 'no ffmpeg',
      make: () => clip,
      env: { SPOTTER_FFMPEG: '/nonexistent/ffmpeg' },
      code: EXIT.missingTool,
      message: /needs ffmpeg/,
    },
    {
      name: 'unknown model',
      make: () => clip,
      code: EXIT.usage,
      message: /Unknown model/,
    },
  ];

  it.each(cases)('$name', async ({ name, make, code, message, env }) => {
    const file = make();
    Object.assign(process.env, env ?? {});
    const prefix = name.replace(/\W+/g, '-');
    const extra =
      name === 'longer than --max-duration'
        ? ['--max-duration', '600']
        : name === 'unknown model'
          ? ['--model', 'posenet']
          : [];
    const r = await spotter(file, '--json', out(`${prefix}.json`), '--html', out(`${prefix}.html`), ...extra);
    expect(r.code).toBe(code);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(4);
    expect(outputsOf(prefix)).toEqual([]); // nothing written, not even a temp file
    expect(existsSync(out(`${prefix}.json`))).toBe(false);
  });
});

describe('poor views give notAssessable and filming advice, not confident calls', () => {
  it.each([
    { scene: 'front', view: /front|oblique/ },
    { scene: 'cut', view: /side|oblique|front|unknown/ },
  ])('$scene camera', async ({ scene, view }) => {
    process.env.SPOTTER_FAKE_POSE = scene;
    const r = await spotter(clip, '--json', out(`${scene}.json`), '--html', out(`${scene}.html`), '--quiet');
    expect(r.code).toBe(EXIT.ok);
    const json = JSON.parse(readFileSync(out(`${scene}.json`), 'utf8'));
    expect(json.view.view).toMatch(view);
    expect(json.view.quality).not.toBe('good');
    expect(json.view.issues.length).toBeGreaterThan(0);
    expect(json.notAssessable.length).toBeGreaterThan(3);
    expect(readFileSync(out(`${scene}.html`), 'utf8')).toContain('How to film for a full check');
  });

  it('notes several people in view', async () => {
    process.env.SPOTTER_FAKE_POSE = 'crowd';
    const r = await spotter(clip, '--json', out('crowd.json'), '--quiet');
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(readFileSync(out('crowd.json'), 'utf8')).notes.join(' ')).toMatch(/Several people/);
  });
});

describe('output paths are checked before the analysis and never replace the video (docs/reliability.md)', () => {
  it('--json or --save-track naming the video is refused (exit 2) and the video kept', async () => {
    const copy = out('keep.mp4');
    writeFileSync(copy, readFileSync(clip));
    for (const flag of ['--json', '--save-track', '--html']) {
      const r = await spotter(copy, flag, copy);
      expect(r.code).toBe(EXIT.usage);
      expect(r.stderr).toMatch(new RegExp(`^spotter: ${flag} .*keep\\.mp4 is the video being analysed`));
      expect(r.stderr).not.toContain('frames'); // refused before any frame was analysed
    }
    expect(readFileSync(copy).equals(readFileSync(clip))).toBe(true);
  });

  it('--save-track DIR is a clear error naming --save-track (exit 3), not an internal error', async () => {
    const folder = out('tracks');
    mkdirSync(folder, { recursive: true });
    const r = await spotter(clip, '--save-track', folder, '--json', out('dir-case.json'));
    expect(r.code).toBe(EXIT.badInput);
    expect(r.stderr).toMatch(/Cannot write --save-track .*tracks: it is a folder, not a file\./);
    expect(r.stderr).toMatch(/Give --save-track a file name, e.g. --save-track .*tracks\/track\.json\./);
    expect(r.stderr).not.toMatch(/internal error|EISDIR/);
    expect(r.stderr).not.toContain('frames');
    expect(existsSync(out('dir-case.json'))).toBe(false);
  });

  it('two outputs on one file, or an --html in a missing folder, fail before the analysis', async () => {
    const same = await spotter(clip, '--save-track', out('same.json'), '--json', out('same.json'));
    expect(same.code).toBe(EXIT.usage);
    expect(same.stderr).toMatch(/--save-track and --json name the same file/);
    const missing = await spotter(clip, '--json', out('m.json'), '--html', out('nowhere/m.html'));
    expect(missing.code).toBe(EXIT.badInput);
    expect(missing.stderr).toMatch(/Cannot write --html .*m\.html: its folder .*nowhere does not exist/);
    expect(missing.stderr).not.toContain('frames');
    expect(existsSync(out('same.json')) || existsSync(out('m.json'))).toBe(false);
  });

  it('a track saved through a symbolic link keeps the link and the mode of its target', async () => {
    writeFileSync(out('linked-real.json'), 'old');
    chmodSync(out('linked-real.json'), 0o600);
    symlinkSync('linked-real.json', out('linked.json'));
    const r = await spotter(clip, '--save-track', out('linked.json'), '--quiet');
    expect(r.code).toBe(EXIT.ok);
    expect(lstatSync(out('linked.json')).isSymbolicLink()).toBe(true);
    expect(statSync(out('linked-real.json')).mode & 0o777).toBe(0o600);
    expect(readFileSync(out('linked-real.json'), 'utf8')).toContain('"landmarkSet":"movenet17"');
  });
});
