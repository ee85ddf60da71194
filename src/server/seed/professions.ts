// Per profession: how common it is in the network, what its practices are called, its
// credentials, schools, usual specialties and modalities, and what it offers massage therapists.
import type { Modality, Profession, Specialty } from '../../contracts/taxonomy.ts';

export type ProfessionKit = {
  weight: number;
  practiceWords: string[];
  credentials: { US: string[]; CA: string[] };
  schools: string[];
  specialties: Specialty[];
  modalities: Modality[];
  offers: string;
};

const anySpecialty: Specialty[] = [
  'sports',
  'chronic-pain',
  'post-surgical',
  'workplace-injury',
  'stress-anxiety',
  'geriatric',
];

export const professionKits: Record<Profession, ProfessionKit> = {
  'massage-therapist': {
    weight: 60,
    practiceWords: [
      'Massage Therapy',
      'Bodywork',
      'Therapeutic Massage',
      'Massage & Wellness',
      'Muscle Works',
      'Massage Clinic',
    ],
    credentials: { US: ['LMT', 'LMT', 'LMT, BCTMB', 'CMT'], CA: ['RMT'] },
    schools: [
      'Swedish Institute College of Health Sciences',
      'Cortiva Institute',
      'National Holistic Institute',
      'Finger Lakes School of Massage',
      'Florida Academy',
      'Utah College of Massage Therapy',
      'Sutherland-Chan School & Teaching Clinic',
      'West Coast College of Massage Therapy',
      'Canadian College of Massage and Hydrotherapy',
      "D'Arcy Lane Institute",
    ],
    specialties: [
      'prenatal',
      'sports',
      'motor-vehicle-accident',
      'geriatric',
      'pediatric',
      'oncology',
      'chronic-pain',
      'headache-migraine',
      'tmj',
      'post-surgical',
      'fibromyalgia',
      'workplace-injury',
      'stress-anxiety',
      'lymphedema',
      'palliative',
      'scar-tissue',
    ],
    modalities: [
      'swedish',
      'deep-tissue',
      'hot-stone',
      'cupping',
      'myofascial-release',
      'craniosacral',
      'assisted-stretch',
      'trigger-point',
      'neuromuscular',
      'lymphatic-drainage',
      'reflexology',
      'shiatsu',
      'thai',
      'sports-massage',
      'instrument-assisted',
      'chair-massage',
      'aromatherapy',
    ],
    offers:
      'Hands-on soft-tissue care that prepares patients for active rehab and keeps them comfortable between visits.',
  },
  chiropractor: {
    weight: 8,
    practiceWords: ['Chiropractic', 'Spine & Wellness', 'Chiropractic Centre'],
    credentials: { US: ['DC'], CA: ['DC'] },
    schools: [
      'Palmer College of Chiropractic',
      'Life University',
      'Canadian Memorial Chiropractic College',
      'Logan University',
    ],
    specialties: ['sports', 'motor-vehicle-accident', 'headache-migraine', 'chronic-pain', 'workplace-injury'],
    modalities: ['instrument-assisted', 'trigger-point', 'assisted-stretch'],
    offers: 'Spinal assessment and imaging referrals when a massage client needs more than soft-tissue work.',
  },
  physiotherapist: {
    weight: 8,
    practiceWords: ['Physiotherapy', 'Physical Therapy', 'Rehab & Performance'],
    credentials: { US: ['PT, DPT', 'DPT'], CA: ['PT', 'MScPT'] },
    schools: [
      'University of Toronto',
      'McGill University',
      'University of Southern California',
      'University of Pittsburgh',
      'University of British Columbia',
    ],
    specialties: ['sports', 'post-surgical', 'geriatric', 'workplace-injury', 'motor-vehicle-accident', 'lymphedema'],
    modalities: ['assisted-stretch', 'instrument-assisted', 'myofascial-release'],
    offers: 'Exercise-based rehab plans that massage clients can follow, with progress notes shared when they consent.',
  },
  physician: {
    weight: 3,
    practiceWords: ['Family Medicine', 'Medical Clinic', 'Sports Medicine'],
    credentials: { US: ['MD', 'DO'], CA: ['MD, CCFP'] },
    schools: [
      'Johns Hopkins University',
      'University of Michigan',
      'McMaster University',
      'University of Washington',
      "Queen's University",
    ],
    specialties: ['sports', 'chronic-pain', 'geriatric', 'oncology', 'palliative'],
    modalities: [],
    offers:
      'Medical assessment for red flags, imaging and prescriptions, and a quick reply when you refer a client in.',
  },
  dentist: {
    weight: 2,
    practiceWords: ['Dental', 'Family Dentistry', 'Dental Studio'],
    credentials: { US: ['DDS', 'DMD'], CA: ['DDS'] },
    schools: [
      'University of Pennsylvania School of Dental Medicine',
      'University of Toronto Faculty of Dentistry',
      'NYU College of Dentistry',
    ],
    specialties: ['tmj', 'headache-migraine'],
    modalities: [],
    offers: 'Night guards and bite assessment for clients whose jaw pain keeps coming back.',
  },
  lawyer: {
    weight: 2,
    practiceWords: ['Law', 'Legal Services', '& Associates'],
    credentials: { US: ['JD', 'Esq.'], CA: ['LLB', 'JD'] },
    schools: [
      'Osgoode Hall Law School',
      'Georgetown Law',
      'University of Texas School of Law',
      'Boston University School of Law',
    ],
    specialties: ['motor-vehicle-accident', 'workplace-injury'],
    modalities: [],
    offers: 'Advice on accident and workplace-injury claims, and on leases and contracts for small practices.',
  },
  'chamber-member': {
    weight: 3,
    practiceWords: ['Insurance', 'Accounting', 'Marketing', 'Realty', 'Print & Design', 'Bookkeeping'],
    credentials: { US: ['CPA', 'MBA', 'CIC'], CA: ['CPA', 'MBA'] },
    schools: [
      'University of Illinois',
      'Toronto Metropolitan University',
      'Arizona State University',
      'Dalhousie University',
    ],
    specialties: [],
    modalities: [],
    offers: 'Small-business help for solo practitioners: bookkeeping, insurance, marketing and local networking.',
  },
  naturopath: {
    weight: 3,
    practiceWords: ['Naturopathic Clinic', 'Natural Health', 'Integrative Health'],
    credentials: { US: ['ND'], CA: ['ND'] },
    schools: [
      'Canadian College of Naturopathic Medicine',
      'Bastyr University',
      'National University of Natural Medicine',
    ],
    specialties: ['stress-anxiety', 'fibromyalgia', 'chronic-pain', 'oncology'],
    modalities: ['aromatherapy'],
    offers: 'Whole-person assessments, nutrition and sleep support that make hands-on work last longer.',
  },
  acupuncturist: {
    weight: 3,
    practiceWords: ['Acupuncture', 'Acupuncture & Herbs', 'Traditional Chinese Medicine'],
    credentials: { US: ['LAc'], CA: ['R.Ac'] },
    schools: [
      'Pacific College of Health and Science',
      'Canadian College of Acupuncture',
      'American College of Traditional Chinese Medicine',
    ],
    specialties: ['chronic-pain', 'headache-migraine', 'stress-anxiety', 'fibromyalgia', 'prenatal'],
    modalities: ['cupping', 'shiatsu', 'reflexology'],
    offers: 'Acupuncture and cupping for clients whose pain or stress needs another approach alongside massage.',
  },
  'personal-trainer': {
    weight: 4,
    practiceWords: ['Fitness', 'Strength Studio', 'Personal Training', 'Performance Lab'],
    credentials: { US: ['NASM-CPT', 'ACE-CPT', 'CSCS'], CA: ['CSEP-CPT', 'canfitpro PTS'] },
    schools: [
      'National Academy of Sports Medicine',
      'American Council on Exercise',
      'University of Calgary',
      'Humber College',
    ],
    specialties: ['sports', 'geriatric', 'post-surgical'],
    modalities: ['assisted-stretch', 'sports-massage'],
    offers: 'Strength programs that keep your clients from landing back on the table with the same strain.',
  },
  psychotherapist: {
    weight: 3,
    practiceWords: ['Counselling', 'Psychotherapy', 'Therapy Collective'],
    credentials: { US: ['LCSW', 'LPC', 'LMFT'], CA: ['RP', 'RSW'] },
    schools: [
      'Ontario Institute for Studies in Education',
      'Columbia University',
      'Adler University',
      'Wilfrid Laurier University',
    ],
    specialties: ['stress-anxiety', 'chronic-pain', 'palliative'],
    modalities: [],
    offers: 'Talk therapy for clients whose pain is bound up with stress, grief or trauma.',
  },
  other: {
    weight: 1,
    practiceWords: ['Yoga Studio', 'Pilates', 'Wellness Centre', 'Doula Services'],
    credentials: { US: ['RYT-500', 'CD(DONA)'], CA: ['RYT-200'] },
    schools: ['Kripalu Center', 'Vancouver School of Yoga', 'DONA International'],
    specialties: ['prenatal', 'stress-anxiety', ...anySpecialty.slice(0, 2)],
    modalities: ['assisted-stretch', 'aromatherapy'],
    offers: 'Movement classes and support that round out the care your clients get on the table.',
  },
};
