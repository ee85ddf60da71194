// `npm run demo`: Kneadwork on its own embedded database (./data-demo) filled once with ~2,000
// generated professionals across the US and Canada, plus a demo account to sign in with.
import { loadConfig } from '../src/server/config.ts';
import { demoAccount, seedDemo } from '../src/server/seed/seed.service.ts';
import { serve } from '../src/server/serve.ts';

const demoSize = 2000;
const demoSeed = 20240611;

const config = loadConfig({
  ...process.env,
  DATA_DIR: process.env.DATA_DIR ?? './data-demo',
  PORT: process.env.PORT ?? '3000',
});

await serve(config, {
  prepare: async (database) => {
    const started = performance.now();
    if (await seedDemo(database.db, demoSize, demoSeed)) {
      console.log(
        `Seeded ${demoSize} professionals in ${((performance.now() - started) / 1000).toFixed(1)} s (${config.dataDir})`,
      );
    }
  },
});

console.log(`
  Kneadwork demo is running at ${config.publicUrl}
    Public directory:  ${config.publicUrl}/directory
    Demo profile:      ${config.publicUrl}/p/dana-whitfield
    Sign in:           ${config.publicUrl}/app/  as  ${demoAccount.email}  /  ${demoAccount.password}
  (Every seeded member uses the same password. Delete ${config.dataDir} to start over.)
`);
