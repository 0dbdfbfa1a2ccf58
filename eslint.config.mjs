import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'dist/**',
      'static/*/build/**',
      'coverage/**',
      '.sandbox-data/**',
      'e2e/screenshots/**',
      'reports/**',
      '.stryker-tmp*/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // Layers (docs/rules.md, CONTRIBUTING.md): dependencies point inward, static/ and src/forge → src/app → src/domain.
  // The domain is pure: it imports only itself and plain libraries (no @forge, no i18n catalogs, no app code).
  {
    files: ['src/domain/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/*'], message: 'src/domain is pure: no @forge import.' },
            {
              regex: '^(\\.\\./)+(app|forge|i18n|contract[^/]*|ports|index)(/|$)',
              message: 'src/domain imports only itself (see CONTRIBUTING.md, "Layers").',
            },
            { regex: '(^|/)(static|sandbox|test|locales)(/|$)', message: 'src/domain imports only itself.' },
          ],
        },
      ],
    },
  },
  // The use cases talk to the platform through src/ports.ts only.
  {
    files: ['src/app/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@forge/*'], message: 'src/app never imports @forge: use a port (src/ports.ts).' },
            {
              regex: '(^|/)(forge|static|sandbox)(/|$)',
              message: 'src/app never imports src/forge, static/ or the sandbox: use a port (src/ports.ts).',
            },
          ],
        },
      ],
    },
  },
  // Small functions (CONTRIBUTING.md): production code, the sandbox, the browser tests and the bench keep functions
  // under 60 lines. Tests (tables, describe blocks) and test fixtures are not held to it.
  {
    files: ['src/**/*.ts', 'sandbox/**/*.ts', 'static/**/*.ts', 'static/**/*.tsx', 'e2e/**/*.ts', 'bench/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', '**/__tests__/**'],
    rules: { 'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }] },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
  },
);
