// @ts-check
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Pure modules: no Node built-ins, no adapters, no CLI, no web code. */
const pureDirs = [
  'src/engine/**',
  'src/formats/**',
  'src/sim/**',
  'src/coach/**',
  'src/present/**',
  'src/live/**',
  'src/log/**',
  'src/realset/**',
  'src/eval/**',
];
const impure = [
  {
    group: ['node:*', 'fs', 'path', 'child_process', 'worker_threads', 'os', 'url'],
    message: 'The analysis core is pure: no Node APIs (put I/O in src/adapters).',
  },
  {
    group: ['**/adapters/**', '**/cli/**', '**/web/**'],
    message: 'The core must not depend on adapters, the CLI or the web app.',
  },
];

/**
 * The top-level folders of src depend one way (README, "How it works"):
 * engine <- coach/log (and the other users of the core: sim, pose, eval) <- formats <- present (and live cues,
 * realset scoring) <- adapters (and the renderer) <- cli/server; the web app (web/) sits on top beside the CLI.
 * A folder may import its own tier and the tiers before it, never a later one.
 */
const areaTiers = [
  ['engine'],
  ['coach', 'log', 'sim', 'pose', 'eval'],
  ['formats'],
  ['present', 'live', 'realset'],
  ['adapters', 'render'],
  ['cli', 'server'],
];
/** Areas whose index.ts is their public surface: other folders import `<area>/index.js`, never a file inside. */
const indexOnlyAreas = ['engine', 'coach', 'log'];

/** A regular expression for relative imports that reach the top-level src folder `area`. */
const reach = (areas) => `^(\\.\\./)+(${areas.join('|')})(/|$)`;

/** The import patterns forbidden to a file in `area` (undefined: a file outside src, e.g. the web app). */
function areaPatterns(area) {
  const tier = areaTiers.findIndex((t) => t.includes(area));
  const later = areaTiers.slice(tier + 1).flat();
  const patterns = [];
  if (later.length > 0) {
    patterns.push({
      regex: reach(later),
      message: `'src/${area}' comes before ${later.map((a) => `'${a}'`).join(', ')} in the house order (README) and must not import them.`,
    });
  }
  const others = indexOnlyAreas.filter((a) => a !== area);
  if (others.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(${others.join('|')})/(?!index\\.js$)`,
      message: `Import ${others.join(', ')} through its index.ts ('<area>/index.js'), not a file inside it.`,
    });
  }
  return patterns;
}

/**
 * The engine's stages depend one way: core <- config <- conditioning <- kinematics <- reps/view <- depth <- faults <- report.
 * Each entry lists the stages a folder must not import (the later ones).
 */
const engineStages = [
  'core',
  'config',
  'conditioning',
  'kinematics',
  'view',
  'reps',
  'depth',
  'faults',
  'report',
];
const stagePatterns = (i) =>
  engineStages.slice(i + 1).map((later) => ({
    group: [`../${later}/*`, `../../${later}/*`],
    message: `Stage '${engineStages[i]}' comes before '${later}' in the data flow and must not import it.`,
  }));

/** For files outside src (web app, scripts, browser tests): index-only areas through their index. */
const throughIndex = {
  regex: `^(\\.\\./)+src/(${indexOnlyAreas.join('|')})/(?!index\\.js$)`,
  message: `Import ${indexOnlyAreas.join(', ')} through its index.ts, not a file inside it.`,
};

/** One no-restricted-imports entry per file set (ESLint replaces a rule's options, it never merges them). */
const areas = areaTiers.flat();
const importRules = [
  ...areas.map((area) => ({
    files: [`src/${area}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...(pureDirs.includes(`src/${area}/**`) ? impure : []), ...areaPatterns(area)] },
      ],
    },
  })),
  ...engineStages.map((stage, i) => ({
    files: [`src/engine/${stage}/**/*.ts`],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...impure, ...areaPatterns('engine'), ...stagePatterns(i)] },
      ],
    },
  })),
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+src/(adapters/node|cli|server|render/node)(/|$)',
              message: 'The web app runs in the browser: no Node adapters, CLI or server code.',
            },
            throughIndex,
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [throughIndex] }] },
  },
];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'web-dist', '.cache', 'artifacts', 'web/public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  ...importRules,
  {
    // no-restricted-imports sees only static imports: a dynamic import() into an index-only area goes through
    // its index too.
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `ImportExpression > Literal[value=/^(\\.\\.\\/)+(src\\/)?(${indexOnlyAreas.join('|')})\\/(?!index\\.js$)/]`,
          message: `Import ${indexOnlyAreas.join(', ')} through its index.ts ('<area>/index.js'), not a file inside it.`,
        },
      ],
    },
  },
  {
    // No import cycles anywhere in the TypeScript (issue 15): a cycle hides which module depends on which.
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
