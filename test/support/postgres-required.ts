// Whether the PostgreSQL half of the suite runs. Unset TEST_DATABASE_URL skips it with a notice on a
// developer's machine; with POSTGRES_REQUIRED (CI sets it, like E2E_REQUIRED for the browser) a
// missing or unreachable database fails the run instead of passing it on PGlite alone.
import pg from 'pg';

export async function postgresForTests(
  env: Record<string, string | undefined> = process.env,
): Promise<'available' | 'skipped'> {
  const url = env.TEST_DATABASE_URL;
  const required = Boolean(env.POSTGRES_REQUIRED);
  if (!url) {
    if (required)
      throw new Error(
        'POSTGRES_REQUIRED is set but TEST_DATABASE_URL is not: the PostgreSQL half of the suite would be skipped. Set TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (or unset POSTGRES_REQUIRED).',
      );
    return 'skipped';
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    throw new Error(
      `TEST_DATABASE_URL (${new URL(url).host}) is not reachable${required ? ' and POSTGRES_REQUIRED is set' : ''}: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => {});
  }
  return 'available';
}
