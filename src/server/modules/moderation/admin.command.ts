// `npm run admin -- grant <email>`, `revoke <email>` and `list` (docs/moderation.md): the only way
// the admin role is given or taken. Run on the embedded database with the server stopped (it holds
// the only connection); on PostgreSQL any time. Prints what was done as JSON.
import type { Config } from '../../config.ts';
import { openDatabase, type Db } from '../../db/client.ts';
import { AppError } from '../../http/errors.ts';
import { adminsService } from './admins.service.ts';

const usage = 'usage: npm run admin -- grant <email> | revoke <email> | list';

/** The command on an open database, for the CLI and its test. */
export async function runAdminCommand(db: Db, action: string | undefined, email: string | undefined) {
  const admins = adminsService({ db });
  switch (action) {
    case 'grant':
    case 'revoke': {
      if (!email) throw new AppError('validation_failed', usage);
      const changed = action === 'grant' ? await admins.grant(email) : await admins.revoke(email);
      return { action, email: email.trim().toLowerCase(), changed };
    }
    case 'list':
      return { action, admins: await admins.list() };
    case undefined:
    default:
      throw new AppError('validation_failed', usage);
  }
}

export async function adminCommand(config: Config, action: string | undefined, email: string | undefined) {
  const database = await openDatabase(config.database);
  try {
    if (database.kind === 'pglite') await database.migrate();
    console.log(JSON.stringify(await runAdminCommand(database.db, action, email)));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(error.message);
    process.exitCode = 2;
  } finally {
    await database.close();
  }
}
