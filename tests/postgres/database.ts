/** A fresh, empty PostgreSQL database per test (or file), on the run's test server; dropped afterwards. */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, inject } from 'vitest';

const created: string[] = [];

/** The test server's maintenance URL, or undefined when PostgreSQL tests are skipped (see `postgresMissing`). */
export function postgresServerUrl(): string | undefined {
  return inject('postgresUrl') || undefined;
}

export function postgresMissing(): string {
  return inject('postgresMissing');
}

/** Creates an empty database on `serverUrl` (default: the run's server) and returns its URL. */
export async function freshDatabase(serverUrl = postgresServerUrl()): Promise<string> {
  if (!serverUrl) throw new Error(postgresMissing());
  const name = `hr_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await admin(serverUrl, `CREATE DATABASE ${name}`);
  created.push(`${serverUrl}\n${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

afterAll(async () => {
  for (const entry of created.splice(0)) {
    const [serverUrl, name] = entry.split('\n') as [string, string];
    // WITH (FORCE): a crashed bot's connections must not keep the database alive.
    await admin(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
  }
});

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
