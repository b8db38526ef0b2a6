// Lint rules; the import restriction keeps the platform-neutral core free of chat SDKs and adapters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const adapterImports = {
  patterns: [
    { group: ['discord.js', '@discordjs/*', '@slack/*'], message: 'The core must not import a chat SDK.' },
    { group: ['**/adapters/**', '../adapters/*', './adapters/*'], message: 'The core must not import an adapter.' },
    { group: ['prom-client', '**/ops/*', './ops/*'], message: 'The core reports through the Metrics interface (src/metrics.ts), never prom-client or src/ops.' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/report/**', 'src/search/**', 'src/answers.ts', 'src/daily/**', 'src/config.ts', 'src/log.ts', 'src/rate-limit.ts', 'src/metrics.ts'],
    rules: { 'no-restricted-imports': ['error', adapterImports] },
  },
  {
    // The `hr` loader is CommonJS on purpose (it runs the bundled CLI through V8's code cache).
    files: ['scripts/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly', Buffer: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
