// Words for the home screen's counts and the profile checks it lists.
import type { ProfileCheck } from '../../../contracts/home.ts';

export const checkLabels: Record<ProfileCheck, string> = {
  photo: 'A photo or logo',
  specialties: 'Your specialties',
  treatmentGoals: 'Your treatment goals',
  howMyWorkHelps: 'How your work helps their patients',
  history: 'Your story',
  training: 'Where you trained, or your credentials',
  practice: 'Your practice and town',
  contact: 'A phone, email or website',
};

export const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? '';
