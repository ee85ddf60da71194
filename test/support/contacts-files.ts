// Uploading contact files and confirming imports through the real routes, as the web app does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { ImportPreview, ImportResult } from '../../src/contracts/contacts.ts';
import { asMember } from './members.ts';
import { origin, type TestApp } from './test-app.ts';

export const fixture = (name: string) => readFileSync(path.resolve('test/fixtures/contacts', name));

export function multipartFile(fileName: string, bytes: Buffer, field = 'file') {
  const boundary = '----kneadwork-contacts-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { payload: Buffer.concat([head, bytes, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function uploadContacts(app: TestApp, cookie: string, fileName: string, bytes: Buffer) {
  const body = multipartFile(fileName, bytes);
  return app.inject({
    method: 'POST',
    url: '/api/contacts/import',
    headers: { cookie, origin, 'content-type': body.contentType },
    payload: body.payload,
  });
}

export async function previewOf(app: TestApp, cookie: string, fileName: string, bytes: Buffer) {
  const response = await uploadContacts(app, cookie, fileName, bytes);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ImportPreview>();
}

export const confirmImport = (
  app: TestApp,
  cookie: string,
  token: string,
  rows: { index: number; action: 'import' | 'merge' | 'skip' }[],
) =>
  app.inject({
    method: 'POST',
    url: `/api/contacts/import/${token}/confirm`,
    headers: asMember(cookie),
    payload: { rows },
  });

export async function importAll(app: TestApp, cookie: string, fileName: string, bytes: Buffer): Promise<ImportResult> {
  const preview = await previewOf(app, cookie, fileName, bytes);
  const response = await confirmImport(
    app,
    cookie,
    preview.token,
    preview.rows.map((row) => ({ index: row.index, action: 'import' as const })),
  );
  expect(response.statusCode, response.body).toBe(200);
  return response.json<ImportResult>();
}
