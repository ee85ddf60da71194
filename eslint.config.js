// Type-aware lint: the rules CONVENTIONS.md names, plus the recommended sets, plus the layering
// (docs/architecture.md) as import boundaries, so it holds without care.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---- Boundaries (no-restricted-imports regexes, matched against the import as written) ----
// Every file in src/ may not reach into test/; src/web may not reach into src/server.
const noTest = { regex: '^(\\.\\./)+test/', message: 'src/ never imports from test/.' };
const noServer = {
  regex: '^(\\.\\./)+server/',
  message: 'The web app never imports the server: share through src/contracts.',
};
// Only repositories (*.repository.ts: the modules', realtime's), src/server/db and the seed touch the database layer.
const noDatabase = [
  {
    regex: '^drizzle-orm(/.*)?$',
    message: 'Only repositories (*.repository.ts), src/server/db and the seed import drizzle-orm.',
  },
  {
    regex: '(^|/)db/schema(/|$)',
    message: 'Only repositories (*.repository.ts), src/server/db and the seed import the tables.',
  },
];
// A module reaches another only through its services or its composition root (<n>/<n>.module.ts),
// never its repositories, routes or helpers. `depth` is how far below modules/<m>/ the file sits.
// One contract is open to every module: moderation/reportable.ts, what a module offers moderation.
const otherModule = (name, depth) => ({
  regex: `^(\\.\\./){${depth + 1}}(\\.\\./modules/)?(?!${name}/)(?!moderation/reportable\\.ts$)([^./][^/]*)/(?!\\3\\.module\\.ts$)(?![^/]+\\.service\\.ts$).+$`,
  message: `Another module only through its *.service.ts or its <name>.module.ts, never its repositories or routes.`,
});
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const modules = readdirSync(path.join(import.meta.dirname, 'src/server/modules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const levels = [0, 1, 2];
const filesAt = (name, depth) => [`src/server/modules/${name}/${'*/'.repeat(depth)}*.{ts,tsx}`];
const boundaries = [
  { files: ['src/**/*.{ts,tsx}'], rules: restrict([noTest, ...noDatabase]) },
  { files: ['src/server/db/**', 'src/server/seed/**', 'src/server/**/*.repository.ts'], rules: restrict([noTest]) },
  { files: ['src/web/**'], rules: restrict([noTest, noServer, ...noDatabase]) },
  ...modules.flatMap((name) =>
    levels.flatMap((depth) => [
      { files: filesAt(name, depth), rules: restrict([noTest, ...noDatabase, otherModule(name, depth)]) },
      {
        files: filesAt(name, depth).map((glob) => glob.replace('*.{ts,tsx}', '*.repository.ts')),
        rules: restrict([noTest, otherModule(name, depth)]),
      },
    ]),
  ),
  // Tests, in test/ or beside the code, may build scenes straight in the tables and share test/support.
  { files: ['src/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
];

// Files allowed past the boundaries, each with its reason. Keep this list short.
export const exemptions = [
  'src/server/modules/auth/auth.ts', // Better Auth's drizzle adapter is configured with its tables
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'data/',
      'data-*/',
      'test-results/',
      'playwright-report/',
      'artifacts/',
      'src/server/db/migrations/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  ...boundaries,
  ...(exemptions.length ? [{ files: exemptions, rules: { 'no-restricted-imports': 'off' } }] : []),
  { files: ['*.js'], ...tseslint.configs.disableTypeChecked },
);
