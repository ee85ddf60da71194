// The curated vocabulary shared by profiles, the directory and (later) contacts and referrals.
// Keys are kebab-case and stable: they are stored and appear in URLs. Labels are for people.
export const professions = {
  'massage-therapist': 'Massage therapist',
  chiropractor: 'Chiropractor',
  physiotherapist: 'Physiotherapist',
  physician: 'Physician',
  dentist: 'Dentist',
  lawyer: 'Lawyer',
  'chamber-member': 'Chamber of commerce member',
  naturopath: 'Naturopath',
  acupuncturist: 'Acupuncturist',
  'personal-trainer': 'Personal trainer',
  psychotherapist: 'Psychotherapist',
  other: 'Other',
} as const;

export const specialties = {
  prenatal: 'Prenatal and postpartum',
  sports: 'Sports injury',
  'motor-vehicle-accident': 'Motor vehicle accident recovery',
  geriatric: 'Geriatric',
  pediatric: 'Pediatric',
  oncology: 'Oncology',
  'chronic-pain': 'Chronic pain',
  'headache-migraine': 'Headache and migraine',
  tmj: 'TMJ dysfunction',
  'post-surgical': 'Post-surgical rehabilitation',
  fibromyalgia: 'Fibromyalgia',
  'workplace-injury': 'Workplace injury',
  'stress-anxiety': 'Stress and anxiety',
  lymphedema: 'Lymphedema',
  palliative: 'Palliative and hospice',
  'scar-tissue': 'Scar tissue',
} as const;

export const modalities = {
  swedish: 'Swedish',
  'deep-tissue': 'Deep tissue',
  'hot-stone': 'Hot stone',
  cupping: 'Cupping',
  'myofascial-release': 'Myofascial release',
  craniosacral: 'Craniosacral',
  'assisted-stretch': 'Assisted stretch',
  'trigger-point': 'Trigger point',
  neuromuscular: 'Neuromuscular therapy',
  'lymphatic-drainage': 'Manual lymphatic drainage',
  reflexology: 'Reflexology',
  shiatsu: 'Shiatsu',
  thai: 'Thai',
  'sports-massage': 'Sports massage',
  'instrument-assisted': 'Instrument-assisted soft tissue',
  'chair-massage': 'Chair massage',
  aromatherapy: 'Aromatherapy',
} as const;

export const associations = {
  amta: 'AMTA — American Massage Therapy Association',
  abmp: 'ABMP — Associated Bodywork & Massage Professionals',
  ncbtmb: 'NCBTMB — National Certification Board for Therapeutic Massage & Bodywork',
  rmtao: 'RMTAO — Registered Massage Therapists’ Association of Ontario',
  rmtbc: 'RMTBC — Registered Massage Therapists’ Association of BC',
  cmta: 'CMTA — Canadian Massage Therapist Alliance',
  aota: 'AOTA',
  apta: 'APTA — American Physical Therapy Association',
  aca: 'ACA — American Chiropractic Association',
  'local-chamber': 'Local chamber of commerce',
} as const;

export const practiceSettings = {
  clinic: 'Clinic',
  spa: 'Spa',
  mobile: 'Mobile',
  'home-studio': 'Home studio',
  'sports-team': 'Sports team',
  hospital: 'Hospital',
  corporate: 'Corporate',
} as const;

export const workArrangements = {
  employee: 'Employee',
  contractor: 'Contractor',
  owner: 'Owner',
} as const;

export const visibilities = {
  public: 'Public — anyone can find me',
  members: 'Members only — signed-in professionals',
  hidden: 'Hidden — not in the directory',
} as const;

export type Profession = keyof typeof professions;
export type Specialty = keyof typeof specialties;
export type Modality = keyof typeof modalities;
export type PracticeSetting = keyof typeof practiceSettings;
export type WorkArrangement = keyof typeof workArrangements;
export type Visibility = keyof typeof visibilities;

export const keysOf = <T extends Record<string, string>>(table: T) =>
  Object.keys(table) as [keyof T & string, ...(keyof T & string)[]];

export const taxonomy = {
  professions,
  specialties,
  modalities,
  associations,
  practiceSettings,
  workArrangements,
  visibilities,
};
