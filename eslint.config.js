import js from '@eslint/js'
import tseslint from 'typescript-eslint'

/**
 * The pure core (usage, analysis, report) computes and renders from data it is given: no GitHub, no Actions
 * runtime, no settings or orchestration. Patterns match any depth of `../`, so a file moved deeper stays checked.
 */
const coreLayerRestriction = {
  patterns: [
    {
      group: ['@actions/*', '@octokit/*'],
      message:
        'The pure core (usage, analysis, report) does not talk to GitHub or the Actions runtime: take data or an interface as a parameter.',
    },
    {
      group: [
        '**/settings/*',
        '**/github/*',
        '**/collect/*',
        '**/series/*',
        '**/cli/*',
        '**/orchestrator/*',
        '**/main.js',
        '**/cli.js',
      ],
      message:
        'The pure core (usage, analysis, report) imports only itself: settings, GitHub, collection, the report series and the entry points build on it, not the other way round.',
    },
  ],
}

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
  {
    files: ['src/usage/**/*.ts', 'src/analysis/**/*.ts', 'src/report/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', coreLayerRestriction] },
  },
)
