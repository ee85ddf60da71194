// `node bench/messages-ws.ts`: 500 members connected over WebSocket (250 one-to-one conversations)
// to real server processes on a fresh PostgreSQL database. Messages are sent over HTTP (POST
// /api/conversations/{id}/messages) and timed from just before the POST to their arrival on the
// other member's socket. Runs on one server process, then on two (every socket on the other process
// from its sender, so every message crosses through LISTEN/NOTIFY). Prints one JSON object; the
// target is p95 ≤ 100 ms and no message lost.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { createBenchDatabase, dropBenchDatabase } from './directory-data.ts';
import { assertLoopback, freePort, percentile, round, startServer, waitForOk } from './support.ts';

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const memberCount = Number(process.env.BENCH_WS_MEMBERS ?? 500);
const messageCount = Number(process.env.BENCH_WS_MESSAGES ?? 2000);
// Messages started per second, on a fixed schedule whether or not earlier ones finished (open
// loop: a busy server shows up as latency, as members would feel it).
const rate = Number(process.env.BENCH_WS_RATE ?? 100);
// Sent first and not measured: a fresh process compiles its hot paths during the first requests.
const warmupCount = Number(process.env.BENCH_WS_WARMUP ?? 300);
const secret = 'bench-secret-bench-secret-bench-secret';
const key = 'ab'.repeat(32);
const log = (message: string) => process.stderr.write(`[bench:messages-ws] ${message}\n`);

type Member = { cookie: string; slug: string; userId: string };
type Pair = { conversationId: string; a: number; b: number };

/** Members, profiles and conversations, made through the real app in process (sign-up hashes passwords: the slow part). */
async function prepare(url: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-ws-'));
  const origin = 'http://127.0.0.1:3000';
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    PUBLIC_URL: origin,
    DATABASE_URL: url,
    AUTH_SECRET: secret,
    ENCRYPTION_KEY: key,
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000000',
  });
  const database = await openDatabase(config.database);
  await database.migrate();
  const app = await buildApp(config, database, { logger: false, mailTransport: null });
  const members: Member[] = new Array<Member>(memberCount);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < memberCount; i = next++) {
      // One address per member: sign-ups are limited per address.
      const remoteAddress = `10.1.${Math.floor(i / 250)}.${i % 250}`;
      const signUp = await app.inject({
        method: 'POST',
        url: '/api/auth/sign-up/email',
        remoteAddress,
        headers: { origin },
        payload: { name: `Member ${i}`, email: `member${i}@bench.example`, password: 'a long enough password' },
      });
      const cookie = ([signUp.headers['set-cookie']].flat().filter(Boolean) as string[])
        .map((c) => c.split(';')[0])
        .join('; ');
      const profile = await app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: { cookie, origin },
        payload: { visibility: 'members' },
      });
      members[i] = {
        cookie,
        slug: profile.json<{ slug: string }>().slug,
        userId: signUp.json<{ user: { id: string } }>().user.id,
      };
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  const pairs: Pair[] = [];
  for (let i = 0; i + 1 < memberCount; i += 2) {
    const started = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: { cookie: members[i]!.cookie, origin },
      payload: { memberSlugs: [members[i + 1]!.slug] },
    });
    pairs.push({ conversationId: started.json<{ id: string }>().id, a: i, b: i + 1 });
  }
  await app.close();
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
  return { members, pairs };
}

async function connect(baseUrl: string, member: Member, onMessage: (id: string, at: number) => void) {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/ws`, {
    headers: { cookie: member.cookie, origin: baseUrl },
  });
  await new Promise<void>((resolve, reject) => {
    socket.on('message', (data: Buffer) => {
      const event = JSON.parse(data.toString('utf8')) as { type: string; message?: { id: string; mine: boolean } };
      if (event.type === 'ready') resolve();
      else if (event.type === 'message.created' && event.message && !event.message.mine)
        onMessage(event.message.id, performance.now());
    });
    socket.once('error', reject);
    socket.once('unexpected-response', (_request, response) =>
      reject(new Error(`upgrade refused: ${response.statusCode}`)),
    );
  });
  return socket;
}

async function scenario(url: string, processes: number, setup: Awaited<ReturnType<typeof prepare>>) {
  const servers = [];
  const bases: string[] = [];
  for (let i = 0; i < processes; i++) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    assertLoopback(base);
    const server = startServer({
      PORT: String(port),
      PUBLIC_URL: base,
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      ENCRYPTION_KEY: key,
      DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'kneadwork-bench-ws-srv-')),
      RATE_LIMIT_PER_MINUTE: '1000000000',
      NEW_ACCOUNT_DAILY_MESSAGES: '1000000',
    });
    servers.push(server);
    bases.push(base);
    await waitForOk(`${base}/api/health`, performance.now(), 60_000, server.child);
  }
  try {
    const sentAt = new Map<string, number>();
    const arrivedAt = new Map<string, number>();
    const early = new Map<string, number>();
    const onMessage = (id: string, at: number) => {
      if (sentAt.has(id)) arrivedAt.set(id, at);
      else early.set(id, at); // arrived before the POST's response told us its id
    };
    // The first member of each pair sends on server 0; the other listens on the last server.
    const homeOf = (index: number) => bases[index % 2 === 0 ? 0 : processes - 1]!;
    const sockets = await Promise.all(setup.members.map((member, index) => connect(homeOf(index), member, onMessage)));
    log(`${sockets.length} sockets connected to ${processes} process(es)`);

    let failed = 0;
    const answeredAt = new Map<string, number>();
    const postOne = async (n: number) => {
      const pair = setup.pairs[n % setup.pairs.length]!;
      const from = n % 4 < 2 ? pair.a : pair.b; // both directions
      const base = homeOf(from);
      const started = performance.now();
      const response = await fetch(`${base}/api/conversations/${pair.conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base, cookie: setup.members[from]!.cookie },
        body: JSON.stringify({ body: `Benchmark message ${n}` }),
      }).catch(() => null);
      if (response?.status !== 201) {
        failed += 1;
        return;
      }
      const { id } = (await response.json()) as { id: string };
      sentAt.set(id, started);
      answeredAt.set(id, performance.now());
      if (early.has(id)) arrivedAt.set(id, early.get(id)!);
    };
    const sendAtRate = async (count: number) => {
      const began = performance.now();
      const posts: Promise<void>[] = [];
      for (let n = 0; n < count; n++) {
        const due = began + (n * 1000) / rate;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        posts.push(postOne(n));
      }
      await Promise.all(posts);
      return performance.now() - began;
    };
    await sendAtRate(warmupCount);
    const settle = performance.now() + 5000;
    while (arrivedAt.size < sentAt.size && performance.now() < settle)
      await new Promise((resolve) => setTimeout(resolve, 20));
    for (const map of [sentAt, arrivedAt, early, answeredAt]) map.clear();
    failed = 0;
    const sendingMs = await sendAtRate(messageCount);
    // Let the last deliveries land (a lost message is one still missing after 5 s).
    const deadline = performance.now() + 5000;
    while (arrivedAt.size < sentAt.size && performance.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const latencies: number[] = [];
    const pushes: number[] = [];
    for (const [id, at] of arrivedAt) {
      latencies.push(at - sentAt.get(id)!);
      pushes.push(Math.max(0, at - answeredAt.get(id)!));
    }
    latencies.sort((x, y) => x - y);
    pushes.sort((x, y) => x - y);
    for (const socket of sockets) socket.terminate();
    return {
      processes,
      sockets: sockets.length,
      messages: sentAt.size,
      failedPosts: failed,
      delivered: arrivedAt.size,
      lost: sentAt.size - arrivedAt.size,
      messagesPerSecond: Math.round(sentAt.size / (sendingMs / 1000)),
      p50Ms: round(percentile(latencies, 50)),
      p95Ms: round(percentile(latencies, 95)),
      p99Ms: round(percentile(latencies, 99)),
      maxMs: round(latencies.at(-1) ?? 0),
      // From the POST's 201 to the other socket: the hub's share (negative when the push won).
      afterResponseP95Ms: round(percentile(pushes, 95)),
    };
  } finally {
    for (const server of servers) await server.stop();
  }
}

const name = `kneadwork_bench_ws_${process.pid}`;
assertLoopback(adminUrl);
const url = await createBenchDatabase(adminUrl, name);
try {
  const began = performance.now();
  const setup = await prepare(url);
  log(
    `${setup.members.length} members and ${setup.pairs.length} conversations in ${Math.round(performance.now() - began)} ms`,
  );
  const results: Record<string, unknown> = {};
  for (const processes of (process.env.BENCH_WS_PROCESSES ?? '1,2').split(',').map(Number)) {
    const result = await scenario(url, processes, setup);
    log(`${processes} process(es): ${JSON.stringify(result)}`);
    results[processes === 1 ? 'oneProcess' : `${processes}Processes`] = result;
  }
  console.log(
    JSON.stringify(
      { ratePerSecond: rate, warmupMessages: warmupCount, target: { p95Ms: 100, lost: 0 }, ...results },
      null,
      2,
    ),
  );
} finally {
  await dropBenchDatabase(adminUrl, name);
}
