import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.packdex/', 'src/core/schema-validators.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core decides; only adapters may touch the process or the Actions toolkit.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['@actions/*', '../cli/*', '../action/*'] }],
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'exit', message: 'The core never exits; throw a PackdexError.' },
        { object: 'process', property: 'argv', message: 'The core takes typed options, not argv.' },
      ],
    },
  },
  {
    // The build's CommonJS stand-ins (scripts/build/) require lazily on purpose.
    files: ['scripts/build/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
