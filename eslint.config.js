import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

// The simulation core and the scenario code must stay deterministic and free of the DOM:
// same scenario and seed, same run, event for event, in Node and in every browser.
const pureCoreRules = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'd3', 'd3-*'],
          message: 'src/sim and src/scenario are pure: no React, zustand or d3 here.',
        },
        {
          group: [
            '**/app/**',
            '**/components/**',
            '**/store/**',
            '**/render/**',
            'node:*',
            'fs',
            'path',
          ],
          message: 'src/sim and src/scenario must not depend on the UI, the store or Node.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'window',
      'document',
      'navigator',
      'localStorage',
      'performance',
      'Date',
      'setTimeout',
      'setInterval',
      'setImmediate',
      'clearTimeout',
      'clearInterval',
      'requestAnimationFrame',
      'queueMicrotask',
      'crypto',
      'process',
      'console',
    ].map((name) => ({
      name,
      message: `${name} is ambient state or time; the core takes time and randomness only from the simulation.`,
    })),
  ],
  'no-restricted-properties': [
    'error',
    ...[
      'random',
      'log',
      'exp',
      'pow',
      'sin',
      'cos',
      'tan',
      'log2',
      'log10',
      'log1p',
      'expm1',
      'cbrt',
      'atan2',
      'hypot',
    ].map((property) => ({
      object: 'Math',
      property,
      message:
        property === 'random'
          ? 'Use the seeded generator in src/sim/prng.ts.'
          : 'Math transcendental functions differ between JavaScript engines; use src/sim/det-math.ts.',
    })),
  ],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'bench/dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'reports',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    rules: {
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/sim/**/*.ts', 'src/scenario/**/*.ts', 'src/hpc/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: pureCoreRules,
  },
  {
    // Tests may not focus or skip silently.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'A focused test hides the rest of the suite.' },
        {
          object: 'test',
          property: 'only',
          message: 'A focused test hides the rest of the suite.',
        },
        {
          object: 'describe',
          property: 'only',
          message: 'A focused test hides the rest of the suite.',
        },
      ],
    },
  },
);
