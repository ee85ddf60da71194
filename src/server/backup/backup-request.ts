// The embedded database belongs to one process: while the server runs, `npm run backup` must not
// open DATA_DIR itself. The server leaves its pid in DATA_DIR; the command signals it (SIGUSR2,
// which only the same user or root may send) and waits for the server to name the file it wrote.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Config } from '../config.ts';
import { privateFileMode } from '../lib/private-files.ts';

type Done = { file: string } | { error: string };
const pidFile = (config: Config) => path.join(config.dataDir, 'server.pid');
const doneFile = (config: Config) => path.join(config.dataDir, 'backup-done.json');
const waitMs = 30 * 60_000;

/** In the server: answer backup requests until the returned function is called. */
export function answerBackupRequests(
  config: Config,
  backup: () => Promise<string>,
  log: { error: (fields: object, message: string) => void },
) {
  const onSignal = () => {
    const write = (done: Done) => writeFileSync(doneFile(config), JSON.stringify(done), { mode: privateFileMode });
    backup()
      .then((file) => write({ file }))
      .catch((error: unknown) => {
        log.error({ err: error }, 'requested backup failed');
        write({ error: error instanceof Error ? error.message : String(error) });
      });
  };
  writeFileSync(pidFile(config), String(process.pid), { mode: privateFileMode });
  process.on('SIGUSR2', onSignal);
  return () => {
    process.off('SIGUSR2', onSignal);
    if (existsSync(pidFile(config)) && readFileSync(pidFile(config), 'utf8') === String(process.pid))
      rmSync(pidFile(config));
  };
}

function runningServer(config: Config): number | null {
  if (!existsSync(pidFile(config))) return null;
  const pid = Number(readFileSync(pidFile(config), 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null; // a pid file left by a server that did not stop cleanly
  }
}

/** In the command: the backup file the running server wrote, or null when no server runs on DATA_DIR. */
export async function requestBackupFromServer(config: Config): Promise<string | null> {
  const pid = runningServer(config);
  if (pid === null) return null;
  rmSync(doneFile(config), { force: true });
  process.kill(pid, 'SIGUSR2');
  for (const started = Date.now(); Date.now() - started < waitMs; await sleep(250)) {
    if (!existsSync(doneFile(config))) continue;
    const done = JSON.parse(readFileSync(doneFile(config), 'utf8')) as Done;
    rmSync(doneFile(config), { force: true });
    if ('error' in done) throw new Error(`the server could not write the backup: ${done.error}`);
    return done.file;
  }
  throw new Error(`the server (pid ${pid}) did not answer the backup request within ${waitMs / 60_000} minutes`);
}
