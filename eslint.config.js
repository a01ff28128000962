// @ts-check
import js from '@eslint/js';
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
const stageRules = engineStages.map((stage, i) => ({
  files: [`src/engine/${stage}/**/*.ts`],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          ...impure,
          ...engineStages.slice(i + 1).map((later) => ({
            group: [`../${later}/*`, `../../${later}/*`],
            message: `Stage '${stage}' comes before '${later}' in the data flow and must not import it.`,
          })),
        ],
      },
    ],
  },
}));

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
  {
    files: pureDirs.map((d) => `${d}/*.ts`).concat(pureDirs.map((d) => `${d}/**/*.ts`)),
    ignores: ['**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: impure }] },
  },
  ...stageRules,
  {
    files: ['bin/**/*.js', 'scripts/**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
