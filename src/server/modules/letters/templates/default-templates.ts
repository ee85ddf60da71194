// The letters of introduction a member starts from, one per recipient profession. Written to be
// read in under a minute and to fit one page with a full profile: who I am, my training, what I
// do, why it matters to *your* patients or clients, and an easy next step. Members rewrite them
// freely (PUT /api/letters/templates/{profession}); see docs/letters.md for the syntax.
import type { Profession } from '../../../../contracts/taxonomy.ts';

export type TemplateText = { subject: string; body: string };

const subject = 'Introducing {{myName}}, massage therapist[[ in {{city}}]]';

const opening = (why: string) =>
  `My name is {{myName}}, and I am a massage therapist[[ at {{practiceName}}]][[ in {{city}}]]. I am writing to introduce myself[[ to you and your colleagues at {{organisation}}]] because ${why}`;

// Training and credentials: every sentence stands alone, so any of them may be missing.
const background =
  '[[I trained at {{school}}[[, graduating in {{graduationYear}}]].]] [[I have been in practice for {{yearsInPractice}}.]] [[I am a member of {{associations}}.]] [[{{history}}]]';

const practice =
  '[[I specialize in {{specialties}}.]] [[In my treatment room I use {{modalities}}.]] [[With every client, my aim is this: {{treatmentGoals}}]]';

const personal = '[[On a personal note: {{hobbies}}]]';

// Only the contact details the member made public; with none, the sentence is left out.
// The certificate sentence appears only when one goes with the letter (an offer chosen, or one issued to the contact).
const closing = (ask: string) =>
  `${ask}[[ You can reach me at {{contactDetails}}.]] Thank you for your time; I look forward to hearing from you.[[ Please accept the enclosed certificate for {{certificate}} as my way of saying thank you.]]`;

const letter = (paragraphs: string[]) => paragraphs.join('\n\n');

export const defaultTemplates: Record<Profession, TemplateText> = {
  chiropractor: {
    subject,
    body: letter([
      opening('I believe many of your patients could benefit from the work we each do.'),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Muscles that have been released and lengthened often let an adjustment hold longer, and I am glad to work alongside a patient’s chiropractic care rather than apart from it.',
      personal,
      closing('I would welcome a short conversation, or the chance to treat you so you can feel my work first-hand.'),
    ]),
  },
  physiotherapist: {
    subject,
    body: letter([
      opening('massage pairs naturally with the rehabilitation you provide.'),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Easing guarded, overworked muscles can make exercises easier to do and help patients keep up with their programme, and I always follow the plan you have set.',
      personal,
      closing('I would be glad to meet, compare notes on a shared patient, or offer you a session to try my work.'),
    ]),
  },
  physician: {
    subject,
    body: letter([
      opening(
        'many people you see for persistent muscle pain, tension headaches, stress or recovery after surgery can benefit from skilled massage alongside your care.',
      ),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]I keep clear treatment notes, work within my scope of practice, and refer patients back to you whenever something needs medical attention.',
      personal,
      closing(
        'If it would be useful, I would be happy to send a short summary of the conditions I see most, or to meet briefly at your convenience.',
      ),
    ]),
  },
  dentist: {
    subject,
    body: letter([
      opening(
        'many people who clench or grind carry that tension through the jaw, neck and shoulders, and that is work I do every week.',
      ),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Gentle work on the muscles of the jaw, neck and upper back can make dental treatment more comfortable and help relief last between visits.',
      personal,
      closing('I would welcome a short conversation about patients with jaw pain or TMJ concerns who might benefit.'),
    ]),
  },
  lawyer: {
    subject,
    body: letter([
      opening(
        'people recovering from motor vehicle accidents and workplace injuries depend on consistent, well-documented care.',
      ),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]I keep careful, dated treatment records and can provide clear progress reports when a client asks me to.',
      personal,
      closing('I would be glad to meet and explain how I work with clients during a claim.'),
    ]),
  },
  'chamber-member': {
    subject,
    body: letter([
      opening('I want to be part of the local business community and to get to know the people who make it work.'),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]I also offer chair massage for workplaces and events, and I am always happy to send my clients to trusted local businesses.',
      personal,
      closing('I would love to meet for a coffee or at the next chamber event.'),
    ]),
  },
  naturopath: {
    subject,
    body: letter([
      opening(
        'your patients come to you for care that looks at the whole person, and skilled touch has a part in that.',
      ),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Massage supports relaxation, sleep, circulation and recovery from stress, and it fits well alongside the treatment plans you create.',
      personal,
      closing('I would welcome a short conversation, or the chance to treat you so you can feel my work first-hand.'),
    ]),
  },
  acupuncturist: {
    subject,
    body: letter([
      opening(
        'acupuncture and massage often help the same people: those living with chronic pain, tension and stress.',
      ),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Many clients find the two complement each other, and I am happy to time my sessions around yours.',
      personal,
      closing('I would be glad to meet, or to trade a session so we each know what the other offers.'),
    ]),
  },
  'personal-trainer': {
    subject,
    body: letter([
      opening('your clients ask a lot of their bodies, and recovery is where the gains are kept.'),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Regular massage helps recovery between sessions, keeps range of motion up, and can catch small problems before they become injuries.',
      personal,
      closing('I would be glad to meet, or to offer you a session so you can recommend my work with confidence.'),
    ]),
  },
  psychotherapist: {
    subject,
    body: letter([
      opening('stress and anxiety live in the body as well as the mind.'),
      background,
      practice,
      '[[{{howMyWorkHelps}} ]]Many of my clients find that calm, respectful touch eases the physical tension that comes with difficult times. I work gently, within my scope, and never in place of the care you provide.',
      personal,
      closing('I would welcome a short conversation about whether my work might support some of your clients.'),
    ]),
  },
  'massage-therapist': {
    subject: 'Hello from a fellow massage therapist[[ in {{city}}]]',
    body: letter([
      'My name is {{myName}}, and I am a massage therapist[[ at {{practiceName}}]][[ in {{city}}]]. I am reaching out to colleagues nearby because I believe we do better as a community than as competitors.',
      background,
      practice,
      'I would like to know who to send a client to when they need something outside my focus, and to be someone you can count on in return: for referrals, cover when one of us is ill or away, trading sessions, or simply talking shop.',
      personal,
      closing('Would you like to meet for a coffee, or trade a session?'),
    ]),
  },
  other: {
    subject,
    body: letter([
      opening('I believe the people you work with could benefit from the work I do.'),
      background,
      practice,
      '[[{{howMyWorkHelps}}]]',
      personal,
      closing('I would welcome a short conversation at your convenience.'),
    ]),
  },
};

/** A made-up recipient for previewing a template before any contact is chosen. */
export const sampleRecipients: Record<Profession, { name: string; organisation: string }> = {
  chiropractor: { name: 'Dr. Anika Patel, DC', organisation: 'Riverside Chiropractic' },
  physiotherapist: { name: 'Sam Okafor', organisation: 'Motion Physiotherapy' },
  physician: { name: 'Dr. Helen Ng, MD', organisation: 'Parkview Family Medicine' },
  dentist: { name: 'Dr. Luis Ortega, DDS', organisation: 'Bright Smile Dental' },
  lawyer: { name: 'Rachel Stein', organisation: 'Stein & Cole LLP' },
  'chamber-member': { name: 'Tom Becker', organisation: 'Becker Hardware' },
  naturopath: { name: 'Dr. Maya Singh, ND', organisation: 'Evergreen Naturopathic Clinic' },
  acupuncturist: { name: 'Li Wei, LAc', organisation: 'Balance Acupuncture' },
  'personal-trainer': { name: 'Jordan Reyes', organisation: 'Peak Fitness' },
  psychotherapist: { name: 'Claire Dubois', organisation: 'Harbour Counselling' },
  'massage-therapist': { name: 'Emma Wilson, RMT', organisation: 'Still Waters Massage' },
  other: { name: 'Alex Morgan', organisation: '' },
};
