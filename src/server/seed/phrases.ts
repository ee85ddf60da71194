// Words the demo data is composed from. Names are common across the US and Canada; goals are the
// kind of thing therapists write, one per specialty, so a profile's text agrees with its tags.
import type { Specialty } from '../../contracts/taxonomy.ts';

export const firstNames = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Elijah', 'Sophia', 'Mateo', 'Isabella', 'Lucas', 'Mia', 'Ethan', 'Amelia', 'James',
  'Harper', 'Benjamin', 'Evelyn', 'Henry', 'Abigail', 'Daniel', 'Emily', 'Samuel', 'Grace', 'David', 'Chloe', 'Joseph', 'Zoé',
  'Gabriel', 'Léa', 'Félix', 'Camille', 'Louis', 'Chloé', 'Priya', 'Arjun', 'Ananya', 'Rohan', 'Mei', 'Wei', 'Jia', 'Hiroshi',
  'Yuki', 'Min-jun', 'Seo-yeon', 'Thanh', 'Linh', 'Fatima', 'Omar', 'Aisha', 'Yusuf', 'Layla', 'Hassan', 'Amara', 'Kwame',
  'Chiamaka', 'Tunde', 'Imani', 'Malik', 'Jasmine', 'Andre', 'Keisha', 'Marcus', 'Sofía', 'Diego', 'Valentina', 'Santiago',
  'Camila', 'Alejandro', 'Lucía', 'Javier', 'Maya', 'Ezra', 'Hannah', 'Isaac', 'Leah', 'Nathan', 'Rachel', 'Aaron', 'Nora',
  'Owen', 'Claire', 'Caleb', 'Audrey', 'Wyatt', 'Sienna', 'Rowan', 'Tessa', 'Declan', 'Fiona', 'Niamh', 'Siobhan', 'Connor',
  'Ingrid', 'Lars', 'Astrid', 'Mikhail', 'Anya', 'Katarzyna', 'Piotr', 'Elena', 'Luca', 'Giulia', 'Marco', 'Nikos', 'Eleni',
];

export const lastNames = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez', 'Lopez',
  'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee', 'Perez', 'Thompson', 'White',
  'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Nguyen',
  'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker', 'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Tremblay',
  'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet', 'Pelletier', 'Bélanger',
  'MacDonald', 'MacLeod', 'Fraser', 'Campbell', 'Stewart', 'Murray', 'Patel', 'Shah', 'Singh', 'Gill', 'Sharma', 'Kaur', 'Chen',
  'Wang', 'Li', 'Zhang', 'Liu', 'Wong', 'Tanaka', 'Sato', 'Kim', 'Park', 'Choi', 'Tran', 'Pham', 'Khan', 'Ali', 'Haddad',
  'Hussein', 'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Mwangi', 'Cohen', 'Levy', 'Friedman', 'Kowalski', 'Nowak', 'Novak',
  'Petrov', 'Ivanova', 'Rossi', 'Russo', 'Ferrari', 'Papadopoulos', 'Murphy', "O'Brien", 'Kelly', 'Sullivan', 'Johansson',
  'Larsen', 'Nielsen', 'Whitehorse', 'Littlechild', 'Redsky', 'Cardinal', 'Bear',
];

export const goalsBySpecialty: Record<Specialty, string> = {
  prenatal: 'Ease low-back and pelvic discomfort through pregnancy and help new parents recover after birth.',
  sports: 'Get athletes back to training sooner, with fewer flare-ups between competitions.',
  'motor-vehicle-accident': 'Calm whiplash-related neck pain and restore the range of motion lost after a collision.',
  geriatric: 'Keep older adults moving comfortably, steady on their feet and independent at home.',
  pediatric: 'Help children with muscle tightness or sensory needs feel settled and comfortable in their bodies.',
  oncology: 'Offer gentle, oncology-informed touch that eases treatment side effects and the anxiety that comes with them.',
  'chronic-pain': 'Lower day-to-day pain so clients can sleep, work and enjoy time with their families again.',
  'headache-migraine': 'Reduce how often tension headaches and migraines interrupt the week.',
  tmj: 'Release jaw and neck tension so clients can chew, talk and sleep without clenching.',
  'post-surgical': 'Reduce swelling and adhesions after surgery and restore the range of motion rehab depends on.',
  fibromyalgia: 'Find a pressure and pace that soothes widespread pain instead of flaring it.',
  'workplace-injury': 'Help injured workers return to their jobs safely, with a plan their employer and insurer can follow.',
  'stress-anxiety': 'Give clients an hour in which the nervous system can settle, and simple tools to keep that calm at home.',
  lymphedema: 'Manage lymphedema with manual lymphatic drainage, compression guidance and self-care routines.',
  palliative: 'Bring comfort, rest and dignity to people in hospice and palliative care, and support to their families.',
  'scar-tissue': 'Soften scar tissue so it moves freely with the surrounding skin and muscle.',
};

export const collaborationPromises = [
  'With consent, I send a short note after each session so you can see what changed and what I noticed.',
  'I reinforce the home exercises you prescribe rather than adding competing advice.',
  'I know where my scope ends: red flags go straight back to you, the same day.',
  'Referred patients are usually seen within a week, and I reply to every referral within two business days.',
  'I am happy to attend case conferences or a quick call when a shared patient is not progressing.',
  'Patients arrive at their next appointment with you calmer, less guarded and easier to assess.',
];

export const pastJobs = [
  ['an office manager', 'how much desk work costs the neck and shoulders'],
  ['a dancer', 'to respect what a tired body is telling me'],
  ['a personal support worker', 'patience and how to listen'],
  ['a line cook', 'how repetitive strain builds up shift after shift'],
  ['a high-school coach', 'how athletes hide injuries to keep playing'],
  ['a nurse', 'to think in terms of care teams rather than single visits'],
  ['a software developer', 'that posture problems start with habits, not just muscles'],
  ['a carpenter', 'respect for people who work with their hands'],
] as const;

export const continuingEducation = [
  'manual lymphatic drainage (Vodder)', 'myofascial release', 'oncology massage', 'pregnancy and postpartum care',
  'trauma-informed practice', 'pain science for manual therapists', 'sports taping', 'craniosacral therapy',
  'instrument-assisted soft tissue mobilization', 'orthopedic assessment', 'motivational interviewing',
];

export const hobbies = [
  'trail running', 'gardening', 'baking sourdough', 'rock climbing', 'playing in a community orchestra', 'birdwatching',
  'cross-country skiing', 'kayaking', 'knitting', 'coaching youth soccer', 'woodworking', 'photography', 'salsa dancing',
  'volunteering at the food bank', 'hiking with my dog', 'cycling', 'pottery', 'reading mysteries', 'yoga', 'fly fishing',
  'growing tomatoes', 'curling', 'open-water swimming', 'learning Spanish', 'restoring old bicycles', 'board games with friends',
];

export const practicePlaces = [
  'Riverside', 'Lakeside', 'Northside', 'Harbour', 'Evergreen', 'Cedar', 'Maple', 'Summit', 'Willow', 'Main Street', 'Bridgeview',
  'Hillcrest', 'Parkside', 'Sunrise', 'True North', 'Balance', 'Restore', 'Align', 'Kinetic', 'Still Water', 'Meadow', 'Oak Tree',
];

export const streets = [
  'Main St', 'Oak Ave', 'Maple St', 'Elm St', 'Park Ave', 'Washington Ave', 'King St W', 'Queen St E', 'Broadway', 'Lake Rd',
  'Church St', 'Centre St', 'Pine St', 'Cedar Ln', 'Hill Rd', 'Market St', 'Water St', '2nd Ave', '5th St', 'Spring St',
  'College St', 'Front St', 'Mill Rd', 'River Rd', 'Victoria Ave', 'Lincoln Ave', 'Jefferson Blvd', 'Highland Ave',
];

export const languagesBesideEnglish = ['Spanish', 'French', 'Mandarin', 'Cantonese', 'Punjabi', 'Hindi', 'Tagalog', 'Vietnamese', 'Arabic', 'Korean', 'Portuguese', 'Polish', 'Italian', 'Russian', 'Yoruba', 'Cree'];
