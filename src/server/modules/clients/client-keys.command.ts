// `npm run keys -- rotate` and `npm run keys -- reseal` (docs/security.md): run with the server
// stopped on the embedded database (it holds the only connection); on PostgreSQL any time.
// Prints what was done as JSON.
import type { Config } from '../../config.ts';
import { openDatabase } from '../../db/client.ts';
import { resealLegacyValues, rotateClientKeys } from './client-keys.maintenance.ts';

export async function keysCommand(config: Config, action: string | undefined) {
  if (action !== 'rotate' && action !== 'reseal') {
    console.error('usage: npm run keys -- rotate | reseal');
    process.exitCode = 2;
    return;
  }
  const database = await openDatabase(config.database);
  try {
    // An embedded data directory never started on gets its tables first (as `npm run backup`).
    if (database.kind === 'pglite') await database.migrate();
    const options = { installationKey: config.encryptionKey, previousKeys: config.previousEncryptionKeys };
    const result =
      action === 'rotate'
        ? await rotateClientKeys(database.db, options)
        : await resealLegacyValues(database.db, options);
    console.log(JSON.stringify({ action, ...result }));
  } finally {
    await database.close();
  }
}
