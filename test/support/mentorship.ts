// Mentors and mentees through the API, as a member's browser would make them.
import { expect } from 'vitest';
import type { MentoringUpdate, Mentorship, MentorshipSpace } from '../../src/contracts/mentorship.ts';
import type { ProfileUpdate } from '../../src/contracts/profile.ts';
import { listMember, type Listed } from './listed-members.ts';
import type { TestApp } from './test-app.ts';
import { memberCall } from './trades.ts';

export const mentorshipCall = memberCall;

/** A listed member with what they offer or seek as a mentor. */
export async function mentoringMember(
  app: TestApp,
  profile: ProfileUpdate & { displayName: string },
  mentoring: MentoringUpdate,
): Promise<Listed> {
  const member = await listMember(app, profile);
  const response = await mentorshipCall(app, member, 'PUT', '/api/me/mentoring', mentoring);
  expect(response.statusCode, response.body).toBe(200);
  return member;
}

export async function requestMentor(app: TestApp, mentee: Listed, mentor: Listed, message = 'Would you mentor me?') {
  const response = await mentorshipCall(app, mentee, 'POST', '/api/mentorships', { mentorSlug: mentor.slug, message });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Mentorship>();
}

export async function acceptRequest(app: TestApp, mentor: Listed, id: string) {
  const response = await mentorshipCall(app, mentor, 'POST', `/api/mentorships/${id}/accept`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Mentorship>();
}

export async function spaceOf(app: TestApp, who: Listed, id: string) {
  const response = await mentorshipCall(app, who, 'GET', `/api/mentorships/${id}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<MentorshipSpace>();
}

export async function suggestionsFor(app: TestApp, who: Listed, query = '') {
  const response = await mentorshipCall(app, who, 'GET', `/api/mentoring/suggestions${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { slug: string; name: string; score: number; reasons: string[] }[] }>().items;
}

export async function noticesOf(app: TestApp, who: Listed) {
  const response = await mentorshipCall(app, who, 'GET', '/api/notifications');
  expect(response.statusCode, response.body).toBe(200);
  return response.json<{ items: { kind: string; title: string; body: string; link: string }[] }>().items;
}
