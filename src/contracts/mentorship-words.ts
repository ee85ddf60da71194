// Mentorship's vocabulary, without zod: the web's pages read the labels without loading the schemas.
export const mentoringAreas = {
  'starting-out': 'starting out',
  business: 'business',
  marketing: 'marketing',
  'specialties-modalities': 'specialties and modalities',
  'clinical-reasoning': 'clinical reasoning',
  'self-care': 'self-care',
} as const;
export type MentoringArea = keyof typeof mentoringAreas;

export const meetingFormats = { 'in-person': 'In person', online: 'Online', both: 'In person or online' } as const;
export type MeetingFormat = keyof typeof meetingFormats;
