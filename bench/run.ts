// `npm run bench`: runs each benchmark in its own process and prints their results as one JSON
// object keyed by benchmark name. Progress goes to stderr.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root } from './support.ts';

const benches = [
  'directory',
  'directory-embedded',
  'contacts-import',
  'letters-pdf',
  'referral-inbox',
  'messages-ws',
  'recurrence',
  'room-join',
  'events',
  'clients',
  'opportunities',
  'mentoring',
];
const results: Record<string, unknown> = {};
for (const bench of benches) {
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'bench', `${bench}.ts`)], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString()));
    child.once('exit', (code) =>
      code === 0 ? resolve(stdout) : reject(new Error(`bench/${bench}.ts exited with ${code}`)),
    );
  });
  results[bench] = JSON.parse(output) as unknown;
}
console.log(JSON.stringify(results, null, 2));
