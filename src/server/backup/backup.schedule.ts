// The daily backup on the job scheduler: one instance makes it, then the oldest beyond BACKUP_KEEP go.
import type { AppContext } from '../context.ts';
import { createBackup, pruneBackups } from './backup.service.ts';

const dayMs = 24 * 3600_000;

export function scheduleDailyBackup({ config, db, dbKind, jobs }: AppContext) {
  if (config.backup.keep === 0) return;
  jobs.add({
    name: 'daily-backup',
    everyMs: dayMs,
    // Asked every quarter hour, so a server restarted more often than daily still makes its backup.
    checkEveryMs: 15 * 60_000,
    leaseMs: 2 * 3600_000,
    run: async (now) => {
      await createBackup(config, db, dbKind, now);
      pruneBackups(config.backup.dir, config.backup.keep);
    },
  });
}
