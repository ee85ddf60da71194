// Directory text search forgives typos as dedicated search engines do (issue 8, item 22): words of
// 5–8 letters may hold one typo, 9 and more two, a swap counts as one, words of 1–4 letters must be
// exact; across names, practice names, professions, specialties, modalities and towns.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DirectoryResult } from '../../../contracts/directory.ts';
import { listMember, type Listed } from '../../../../test/support/listed-members.ts';
import { asMember } from '../../../../test/support/members.ts';
import { createTestApp, describeEachDatabase, type TestApp } from '../../../../test/support/test-app.ts';

describeEachDatabase('directory search with typos', (kind) => {
  let app: TestApp;
  let pete: Listed;

  beforeAll(async () => {
    app = await createTestApp(kind);
    await listMember(app, {
      displayName: 'Cody Ruiz',
      profession: 'chiropractor',
      practiceName: 'Buhl Family Spine',
      postalCode: '83316',
      country: 'US',
    });
    await listMember(app, {
      displayName: 'Carla Bones',
      profession: 'chiropractor',
      practiceName: 'Twin Falls Chiropractic',
      postalCode: '83301',
      country: 'US',
      specialties: ['fibromyalgia'],
    });
    await listMember(app, {
      displayName: 'Mona Lind',
      profession: 'massage-therapist',
      practiceName: 'Magic Valley Bodywork',
      postalCode: '83301',
      country: 'US',
      modalities: ['thai'],
    });
    await listMember(app, {
      displayName: 'Ines Varga',
      profession: 'massage-therapist',
      postalCode: '83338',
      country: 'US',
      city: 'Jerome',
      specialties: ['prenatal'],
    });
    pete = await listMember(app, {
      displayName: 'Pete Olsen',
      profession: 'physiotherapist',
      postalCode: '83338',
      country: 'US',
      city: 'Jerome',
    });
  });
  afterAll(() => app.cleanup());

  const names = async (q: string) => {
    const response = await app.inject({
      url: `/api/directory?${new URLSearchParams({ q, pageSize: '100' }).toString()}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<DirectoryResult>().items.map((item) => item.displayName);
  };

  it('finds the intended professionals despite the typos new users made', async () => {
    expect((await names('chiropracter')).sort()).toEqual(['Carla Bones', 'Cody Ruiz']); // profession, one letter replaced
    expect(await names('Chiropratic')).toEqual(['Carla Bones']); // practice name, one letter missing
    expect((await names('massge')).sort()).toEqual(['Ines Varga', 'Mona Lind']); // profession
    expect(await names('bodywrok')).toEqual(['Mona Lind']); // practice name, two letters swapped
    expect(await names('fibromyalgai')).toEqual(['Carla Bones']); // specialty
    expect((await names('jeromme')).sort()).toEqual(['Ines Varga', 'Pete Olsen']); // town
    expect(await names('massge jeromme')).toEqual(['Ines Varga']); // every word must still match
  });

  it('forgives the same typos on the public /directory page', async () => {
    const page = await app.inject({ url: '/directory?q=bodywrok' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Mona Lind');
    expect(page.body).not.toContain('Carla Bones');
  });

  it('ranks a corrected word as its right spelling would', async () => {
    expect(await names('chiropracter')).toEqual(await names('chiropractor'));
    expect(await names('massge lind')).toEqual(await names('massage lind'));
  });

  it('leaves words of four letters exact, and finds nothing for an unrelated word', async () => {
    expect(await names('thai')).toEqual(['Mona Lind']);
    expect(await names('thia')).toEqual([]);
    expect(await names('xylophone')).toEqual([]);
    expect(await names('chiropracticoid')).toEqual([]); // 15 letters, three typos from "chiropractic"
  });

  it('learns the words members write and forgets the ones they remove', async () => {
    const save = async (practiceName: string) => {
      const response = await app.inject({
        method: 'PUT',
        url: '/api/me/profile',
        headers: asMember(pete.cookie),
        payload: { practiceName },
      });
      expect(response.statusCode, response.body).toBe(200);
    };
    await save('Snake River Kinesiology');
    expect(await names('kinesiolgy')).toEqual(['Pete Olsen']);
    // A misspelling saved once, then fixed, must not stay a known word that blocks its correction.
    await save('Physio Massge Pros');
    await save('Physio Massage Pros');
    expect((await names('massge')).sort()).toEqual(['Ines Varga', 'Mona Lind', 'Pete Olsen']);
  });
});
