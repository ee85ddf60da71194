// The body areas an intake's body-area question offers, grouped by region: fixed ids (stored in
// answers) with their words. Zod-free so the web pages can import it.
export const bodyRegions = [
  {
    id: 'head-neck',
    words: 'Head and neck',
    areas: [
      { id: 'head', words: 'Head and scalp' },
      { id: 'face', words: 'Face and jaw' },
      { id: 'neck', words: 'Neck' },
    ],
  },
  {
    id: 'back',
    words: 'Back',
    areas: [
      { id: 'upper-back', words: 'Upper back' },
      { id: 'mid-back', words: 'Middle back' },
      { id: 'lower-back', words: 'Lower back' },
      { id: 'glutes', words: 'Buttocks (glutes)' },
    ],
  },
  {
    id: 'front',
    words: 'Front of the body',
    areas: [
      { id: 'chest', words: 'Chest' },
      { id: 'abdomen', words: 'Abdomen' },
    ],
  },
  {
    id: 'arms',
    words: 'Shoulders and arms',
    areas: [
      { id: 'left-shoulder', words: 'Left shoulder' },
      { id: 'right-shoulder', words: 'Right shoulder' },
      { id: 'left-arm', words: 'Left arm' },
      { id: 'right-arm', words: 'Right arm' },
      { id: 'left-hand', words: 'Left hand and wrist' },
      { id: 'right-hand', words: 'Right hand and wrist' },
    ],
  },
  {
    id: 'legs',
    words: 'Hips and legs',
    areas: [
      { id: 'left-hip', words: 'Left hip' },
      { id: 'right-hip', words: 'Right hip' },
      { id: 'left-thigh', words: 'Left thigh' },
      { id: 'right-thigh', words: 'Right thigh' },
      { id: 'left-knee', words: 'Left knee' },
      { id: 'right-knee', words: 'Right knee' },
      { id: 'left-calf', words: 'Left calf' },
      { id: 'right-calf', words: 'Right calf' },
      { id: 'left-foot', words: 'Left foot and ankle' },
      { id: 'right-foot', words: 'Right foot and ankle' },
    ],
  },
] as const;

export type BodyAreaId = (typeof bodyRegions)[number]['areas'][number]['id'];
export const bodyAreaIds: readonly string[] = bodyRegions.flatMap((region) => region.areas.map((area) => area.id));
export const bodyAreaWords: Readonly<Record<string, string>> = Object.fromEntries(
  bodyRegions.flatMap((region) => region.areas.map((area) => [area.id, area.words])),
);
