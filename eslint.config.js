// Type-aware lint: the rules CONVENTIONS.md names, plus the recommended sets, plus the layering
// (docs/architecture.md) as import boundaries, so it holds without care.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// ---- Boundaries (no-restricted-imports regexes, matched against the import as written) ----
// Every file in src/ may not reach into test/; src/web may not reach into src/server.
const noTest = { regex: '^(\\.\\./)+test/', message: 'src/ never imports from test/.' };
const noServer = { regex: '^(\\.\\./)+server/', message: 'The web app never imports the server: share through src/contracts.' };
// Only repositories (*.repository.ts: the modules', realtime's), src/server/db and the seed touch the database layer.
const noDatabase = [
  { regex: '^drizzle-orm(/.*)?$', message: 'Only repositories (*.repository.ts), src/server/db and the seed import drizzle-orm.' },
  { regex: '(^|/)db/schema(/|$)', message: 'Only repositories (*.repository.ts), src/server/db and the seed import the tables.' },
];
// A module reaches another only through its services or its composition root (<n>/<n>.module.ts),
// never its repositories, routes or helpers. `depth` is how far below modules/<m>/ the file sits.
const otherModule = (name, depth) => ({
  regex: `^(\\.\\./){${depth + 1}}(\\.\\./modules/)?(?!${name}/)([^./][^/]*)/(?!\\3\\.module\\.ts$)(?![^/]+\\.service\\.ts$).+$`,
  message: `Another module only through its *.service.ts or its <name>.module.ts, never its repositories or routes.`,
});
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const modules = readdirSync(path.join(import.meta.dirname, 'src/server/modules'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
const levels = [0, 1, 2];
const filesAt = (name, depth) => [`src/server/modules/${name}/${'*/'.repeat(depth)}*.{ts,tsx}`];
const boundaries = [
  { files: ['src/**/*.{ts,tsx}'], rules: restrict([noTest, ...noDatabase]) },
  { files: ['src/server/db/**', 'src/server/seed/**', 'src/server/**/*.repository.ts'], rules: restrict([noTest]) },
  { files: ['src/web/**'], rules: restrict([noTest, noServer, ...noDatabase]) },
  ...modules.flatMap((name) =>
    levels.flatMap((depth) => [
      { files: filesAt(name, depth), rules: restrict([noTest, ...noDatabase, otherModule(name, depth)]) },
      { files: filesAt(name, depth).map((glob) => glob.replace('*.{ts,tsx}', '*.repository.ts')), rules: restrict([noTest, otherModule(name, depth)]) },
    ]),
  ),
  // Tests, in test/ or beside the code, may build scenes straight in the tables and share test/support.
  { files: ['src/**/*.test.ts'], rules: { 'no-restricted-imports': 'off' } },
];

// Exemptions until issue 9's refactor lands — remove when empty
export const exemptions = [
  'src/server/modules/auth/auth.routes.ts', // ../platform/rate-limit.repository.ts
  'src/server/modules/auth/auth.ts', // db/schema
  'src/server/modules/contacts/contacts.mapper.ts', // ../profiles/profiles.mapper.ts
  'src/server/modules/contacts/contacts.service.ts', // drizzle-orm
  'src/server/modules/cover/away-thanks.ts', // ../network/network-history.repository.ts, ../network/network-members.repository.ts
  'src/server/modules/cover/away.service.ts', // ../network/network-history.repository.ts
  'src/server/modules/directory/directory.service.ts', // ../cover/away-banners.ts, ../profiles/profiles.mapper.ts
  'src/server/modules/health/health.routes.ts', // drizzle-orm
  'src/server/modules/mail/mail.service.ts', // db/schema
  'src/server/modules/messages/messages.mapper.ts', // ../profiles/profiles.mapper.ts
  'src/server/modules/messages/messages.repository.ts', // ../platform/rate-limit.repository.ts
  'src/server/modules/network/endorsements.service.ts', // ../profiles/profiles.repository.ts
  'src/server/modules/notifications/unsubscribe-page.ts', // ../public-pages/layout.ts
  'src/server/modules/offers/verify-limit.ts', // ../platform/rate-limit.repository.ts
  'src/server/modules/offers/verify-page.ts', // ../public-pages/layout.ts
  'src/server/modules/profiles/profiles.routes.ts', // ../cover/away-banners.ts, ../network/endorsement-counts.ts
  'src/server/modules/public-pages/public-pages.routes.ts', // ../cover/away-banners.ts, ../web-app/web-app.routes.ts
  'src/server/modules/referrals/referral-page.ts', // ../public-pages/layout.ts
  'src/server/modules/referrals/referral-transitions.service.ts', // ../notifications/notice-wording.ts
  'src/server/modules/trades/trade-notifications.ts', // ../notifications/notice-wording.ts
  'src/server/modules/trades/trade-transitions.service.ts', // ../notifications/notice-wording.ts
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', 'data-*/', 'test-results/', 'playwright-report/', 'artifacts/', 'src/server/db/migrations/'] },
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
