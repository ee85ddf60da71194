import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryTerm, ScopeGuideEntry, ScopeSource } from '../../../contracts/scope-guide.ts';
import { professions, specialties } from '../../../contracts/taxonomy.ts';
import { defaultDataDir, loadScopeGuideData } from './scope-guide.service.ts';
import { asMember, signUp } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

type GuideList = { items: ScopeGuideEntry[]; sources: ScopeSource[] };

describeEachDatabase('scope-of-practice guide and glossary', (kind) => {
  let app: TestApp;
  let headers: Record<string, string>;
  let guide: GuideList;
  beforeAll(async () => {
    app = await createTestApp(kind);
    headers = asMember((await signUp(app, 'Gina Guide')).cookie);
    guide = (await app.inject({ url: '/api/scope-guide', headers })).json<GuideList>();
  });
  afterAll(() => app.cleanup());

  const entry = (key: string) => guide.items.find((item) => item.key === key)!;
  const glossary = async (query: string) => {
    const response = await app.inject({ url: `/api/glossary?${query}`, headers });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: GlossaryTerm[] }>().items;
  };

  it('holds at least 40 entries whose referrals and sources are real', () => {
    expect(guide.items.length).toBeGreaterThanOrEqual(40);
    const sourceIds = new Set(guide.sources.map((source) => source.id));
    for (const item of guide.items) {
      for (const profession of item.referTo) expect(Object.keys(professions), item.key).toContain(profession);
      if (item.specialty) expect(Object.keys(specialties), item.key).toContain(item.specialty);
      expect(item.sources.length, item.key).toBeGreaterThan(0);
      for (const id of item.sources) expect(sourceIds, `${item.key} cites ${id}`).toContain(id);
    }
  });

  it('refers the named presentations as the issue asks', () => {
    expect(entry('suspected-dvt')).toMatchObject({
      urgency: 'urgent',
      massage: 'do-not-massage',
      referTo: ['physician'],
    });
    expect(entry('tmj-dysfunction').referTo).toContain('dentist');
    expect(entry('motor-vehicle-accident').referTo).toEqual(expect.arrayContaining(['physician', 'lawyer']));
    expect(entry('pregnancy')).toMatchObject({ referTo: ['massage-therapist'], specialty: 'prenatal' });
    const sports = entry('acute-sports-injury');
    expect(sports.referTo.includes('physiotherapist') || sports.specialty === 'sports').toBe(true);
    expect(entry('joint-restriction').referTo).toContain('chiropractor');
    for (const key of ['cauda-equina-signs', 'stroke-signs', 'chest-pain'])
      expect(entry(key)).toMatchObject({ urgency: 'urgent', emergency: true });
    expect(entry('anxiety-depression').referTo).toContain('psychotherapist');
  });

  it('filters by words in the title or signs and by profession, and opens one entry', async () => {
    const calf = (await app.inject({ url: '/api/scope-guide?q=CALF%20swollen', headers })).json<GuideList>();
    expect(calf.items.map((item) => item.key)).toContain('suspected-dvt');
    expect(calf.sources.length).toBeGreaterThan(0);
    const dentists = (await app.inject({ url: '/api/scope-guide?profession=dentist', headers })).json<GuideList>();
    expect(dentists.items.length).toBeGreaterThan(0);
    expect(dentists.items.every((item) => item.referTo.includes('dentist'))).toBe(true);
    const one = await app.inject({ url: '/api/scope-guide/suspected-dvt', headers });
    expect(one.json<{ item: ScopeGuideEntry }>().item.title).toMatch(/deep vein thrombosis/i);
    expect((await app.inject({ url: '/api/scope-guide/no-such-thing', headers })).statusCode).toBe(404);
  });

  it('ranks entries by how many words match, by stem, and knows the glossary (issue 8, item 18)', async () => {
    const keys = async (q: string, profession = '') => {
      const response = await app.inject({
        url: `/api/scope-guide?${new URLSearchParams({ q, ...(profession ? { profession } : {}) }).toString()}`,
        headers,
      });
      expect(response.statusCode).toBe(200);
      return response.json<GuideList>().items.map((item) => item.key);
    };
    // "down" and "the" are in no entry: they must not hide the entries that match the rest.
    const arm = await keys('numbness down the arm');
    expect(arm[0]).toBe('radiating-numbness-tingling');
    expect(arm.slice(0, 3)).toContain('stroke-signs');
    // In no entry's text: the glossary relates whiplash to motor vehicle accidents.
    expect((await keys('whiplash'))[0]).toBe('motor-vehicle-accident');
    expect((await keys('WAD'))[0]).toBe('motor-vehicle-accident');
    expect((await keys('pinched nerve'))[0]).toBe('radiating-numbness-tingling'); // an alias phrase of "Nerve entrapment"
    expect((await keys('dizzy'))[0]).toBe('dizziness-vertigo'); // "dizzy" meets "dizziness"
    expect(await keys('zzqx wvvk')).toEqual([]);
    expect(await keys('whiplash', 'dentist')).toEqual([]);
  });

  it('has at least 150 glossary terms and ranks an exact term or alias first', async () => {
    expect((await glossary('limit=100')).length).toBe(100);
    expect(loadScopeGuideData().glossary.length).toBeGreaterThanOrEqual(150);
    expect((await glossary('q=DVT'))[0]?.term).toBe('Deep vein thrombosis');
    expect((await glossary('q=rom'))[0]?.aliases).toContain('ROM');
    const prefix = (await glossary('q=hyper')).map((item) => item.term);
    expect(prefix.slice(0, 3)).toEqual(expect.arrayContaining(['Hyperaesthesia', 'Hyperextension']));
  });

  it('finds terms by the plain words a client would use', async () => {
    expect((await glossary('q=shoulder%20blade')).map((item) => item.term)).toContain('Scapula');
    expect((await glossary('q=clot%20leg')).map((item) => item.term)).toContain('Deep vein thrombosis');
  });

  it('is for signed-in members and names the field of a bad query', async () => {
    for (const url of ['/api/scope-guide', '/api/scope-guide/suspected-dvt', '/api/glossary?q=DVT'])
      expect((await app.inject({ url })).statusCode).toBe(401);
    const bad = await app.inject({ url: '/api/glossary?limit=0', headers });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('limit');
    const profession = await app.inject({ url: '/api/scope-guide?profession=wizard', headers });
    expect(profession.json<{ error: { details: { field: string }[] } }>().error.details[0]?.field).toBe('profession');
  });

  it('is documented in OpenAPI behind the session', async () => {
    const { paths } = (await app.inject({ url: '/api/openapi.json' })).json<{
      paths: Record<string, { get: { security?: unknown } }>;
    }>();
    for (const route of ['/api/scope-guide', '/api/scope-guide/{key}', '/api/glossary'])
      expect(paths[route]?.get.security).toEqual([{ session: [] }]);
  });
});

describe('scope guide data loading', () => {
  it('fails fast naming the file and entry when the data is malformed', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'scope-guide-'));
    try {
      cpSync(defaultDataDir, dir, { recursive: true });
      const file = path.join(dir, 'scope-guide.json');
      const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
      entries[3] = { ...entries[3], referTo: ['wizard'] };
      writeFileSync(file, JSON.stringify(entries));
      expect(() => loadScopeGuideData(dir)).toThrow(
        new RegExp(`scope-guide\\.json entry 3 \\("${String(entries[3].key)}"\\): referTo\\.0`),
      );
      entries[3] = { ...entries[3], referTo: ['physician'], sources: ['made-up'] };
      writeFileSync(file, JSON.stringify(entries));
      expect(() => loadScopeGuideData(dir)).toThrow(/cites unknown source "made-up"/);
      entries[3] = { ...entries[3], sources: ['nhs-conditions'] };
      writeFileSync(file, JSON.stringify(entries));
      const glossaryFile = path.join(dir, 'glossary.json');
      const terms = JSON.parse(readFileSync(glossaryFile, 'utf8')) as Record<string, unknown>[];
      writeFileSync(glossaryFile, JSON.stringify([{ ...terms[0], entries: ['no-such-entry'] }, ...terms.slice(1)]));
      expect(() => loadScopeGuideData(dir)).toThrow(
        /glossary\.json term "Abduction": relates to unknown guide entry "no-such-entry"/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
