// Attachments: PDF or image only (type read from the bytes, not the name), ≤ 2 MB, images
// re-encoded without metadata, referenced by one message, served to the conversation's members only.
import sharp from 'sharp';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Attachment, Message } from '../../../contracts/messages.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, origin, type TestApp } from '../../../../test/support/test-app.ts';

function multipart(filename: string, bytes: Buffer) {
  const boundary = '----kneadwork-attachment-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

describeEachDatabase('messages: attachments', (kind) => {
  let app: TestApp;
  let maria: Listed;
  let sam: Listed;
  let lee: Listed;
  let conversationId: string;

  const upload = (who: Listed, filename: string, bytes: Buffer, id = conversationId) => {
    const body = multipart(filename, bytes);
    return app.inject({
      method: 'POST',
      url: `/api/conversations/${id}/attachments`,
      headers: { cookie: who.cookie, origin, 'content-type': body.contentType },
      payload: body.payload,
    });
  };
  const send = (who: Listed, payload: object) =>
    app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/messages`,
      headers: asMember(who.cookie),
      payload,
    });
  const fetchFile = (who: Listed, url: string) => app.inject({ method: 'GET', url, headers: { cookie: who.cookie } });

  beforeAll(async () => {
    app = await createTestApp(kind);
    maria = await listMember(app, { displayName: 'Maria Alvarez', postalCode: '02116', country: 'US' });
    sam = await listMember(app, { displayName: 'Sam Okafor', postalCode: '02139', country: 'US' });
    lee = await listMember(app, { displayName: 'Lee Chen', postalCode: '02139', country: 'US' });
    const started = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: asMember(maria.cookie),
      payload: { memberSlugs: [sam.slug] },
    });
    conversationId = started.json<{ id: string }>().id;
  });
  afterAll(async () => app?.cleanup());

  it('sends a PDF: uploaded, referenced by one message, served to members with its name, 404 to others', async () => {
    const uploaded = await upload(maria, 'intake form.pdf', pdf);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const attachment = uploaded.json<Attachment>();
    expect(attachment).toMatchObject({ kind: 'pdf', fileName: 'intake form.pdf', size: pdf.length });
    // Not yet in a message: only the uploader sees it.
    expect((await fetchFile(sam, attachment.url)).statusCode).toBe(404);
    const sent = await send(maria, { body: 'The intake form', attachment: attachment.file });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json<Message>().attachment).toEqual(attachment);

    const served = await fetchFile(sam, attachment.url);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('application/pdf');
    expect(served.headers['content-disposition']).toContain('attachment');
    expect(served.rawPayload.equals(pdf)).toBe(true);
    const stranger = await fetchFile(lee, attachment.url);
    expect(stranger.statusCode).toBe(404);
    // Anonymous callers get the stranger's 404, not a 401 that would hint the attachment exists.
    const anonymous = await app.inject({ method: 'GET', url: attachment.url });
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.json<{ error: unknown }>().error).toEqual(stranger.json<{ error: unknown }>().error);
    // Never reachable through the public /media route.
    expect((await app.inject({ method: 'GET', url: `/media/${attachment.file}` })).statusCode).toBe(404);

    // One attachment, one message.
    const again = await send(maria, { body: 'Again', attachment: attachment.file });
    expect(again.statusCode).toBe(400);
    expect(again.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field).toBe('attachment');
  });

  it('re-encodes an image without its metadata', async () => {
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#3a7' } })
      .jpeg()
      .withExif({ IFD0: { Artist: 'Secret Artist' } })
      .toBuffer();
    const uploaded = await upload(sam, 'posture.jpg', photo);
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const attachment = uploaded.json<Attachment>();
    expect(attachment.kind).toBe('image');
    expect(attachment.file).toMatch(/^[0-9a-f]{32}\.jpg$/);
    expect((await send(sam, { body: 'Posture photo', attachment: attachment.file })).statusCode).toBe(201);
    const served = await fetchFile(maria, attachment.url);
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('Secret Artist'))).toBe(false);
  });

  it('refuses other types whatever their name, damaged images, files over 2 MB, and someone else’s upload', async () => {
    const cases: [string, Buffer][] = [
      ['notes.pdf', Buffer.from('<html><script>alert(1)</script></html>')],
      ['photo.png', Buffer.from('GIF89a\x01\x00\x01\x00')],
      [
        'broken.png',
        Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
      ],
      ['big.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024 + 10, 32)])],
    ];
    for (const [name, bytes] of cases) {
      const response = await upload(maria, name, bytes);
      expect(response.statusCode, name).toBe(400);
      expect(response.json<{ error: { details: { field: string }[] } }>().error.details[0]!.field, name).toBe('file');
    }
    const noFile = await app.inject({
      method: 'POST',
      url: `/api/conversations/${conversationId}/attachments`,
      headers: asMember(maria.cookie),
      payload: {},
    });
    expect(noFile.statusCode).toBe(400);

    // Sam cannot send Maria's unsent upload, nor use an upload from another conversation.
    const mine = (await upload(maria, 'mine.pdf', pdf)).json<Attachment>();
    expect((await send(sam, { body: 'Taking it', attachment: mine.file })).statusCode).toBe(400);
    const other = await app.inject({
      method: 'POST',
      url: '/api/conversations',
      headers: asMember(maria.cookie),
      payload: { memberSlugs: [lee.slug] },
    });
    const elsewhere = (await upload(maria, 'elsewhere.pdf', pdf, other.json<{ id: string }>().id)).json<Attachment>();
    expect((await send(maria, { body: 'Wrong room', attachment: elsewhere.file })).statusCode).toBe(400);
  });
});
