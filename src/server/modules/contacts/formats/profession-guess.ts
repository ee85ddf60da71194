// Which profession an imported contact practises, from what address books hold: an explicit
// profession (our own export), else the words of the job title, credentials after the name,
// the company and the categories. Credentials are matched case-sensitively as whole words ("DC",
// "PT"), so "Washington dc" or "apt" do not count; words are matched case-insensitively.
import { professions, type Profession } from '../../../../contracts/taxonomy.ts';

type Rule = { profession: Profession; words: RegExp; credentials?: RegExp };

// Order matters: the more specific reading first ("Doctor of Chiropractic" is a chiropractor,
// "sports massage therapist" a massage therapist, not a trainer).
const rules: Rule[] = [
  { profession: 'chiropractor', words: /\bchiro(practor|practic|practors)?\b/i, credentials: /\b(DC|D\.C\.)(?![\w.])/ },
  {
    profession: 'massage-therapist',
    words: /\b(massage|massotherap\w*|bodywork\w*)\b/i,
    credentials: /\b(LMT|RMT|CMT|LMBT|BCTMB)\b/,
  },
  { profession: 'physiotherapist', words: /\b(physio\w*|physical therap\w*)\b/i, credentials: /\b(PT|DPT|MPT|MSPT)\b/ },
  {
    profession: 'dentist',
    words: /\b(dentist\w*|dental|orthodont\w*|endodont\w*|periodont\w*)\b/i,
    credentials: /\b(DDS|DMD)\b/,
  },
  { profession: 'naturopath', words: /\bnaturopath\w*\b/i, credentials: /\bND\b/ },
  {
    profession: 'acupuncturist',
    words: /\b(acupunct\w*|oriental medicine)\b/i,
    credentials: /\b(LAc|L\.Ac\.|DAOM)(?![\w.])/,
  },
  {
    profession: 'psychotherapist',
    words: /\b(psychotherap\w*|psychologist|counsel+or|family therapist|social worker)\b/i,
    credentials: /\b(LPC|LCSW|LMFT|PsyD)\b/,
  },
  {
    profession: 'personal-trainer',
    words: /\b(personal trainer|personal training|fitness|strength coach|kinesiologist)\b/i,
    credentials: /\b(CPT|CSCS)\b/,
  },
  {
    profession: 'physician',
    words: /\b(physician|doctor|surgeon|medical|medicine|pediatrician|internist|orthopa?edic\w*)\b/i,
    credentials: /\b(MD|M\.D\.|MBBS)(?![\w.])/,
  },
  {
    profession: 'lawyer',
    words: /\b(lawyer|attorney|law (firm|office|group)|solicitor|barrister|legal|esq\.?)\b/i,
    credentials: /\b(JD|Esq)\b/,
  },
  { profession: 'chamber-member', words: /\bchamber\b/i },
];

const labelToKey = new Map(
  Object.entries(professions).flatMap(([key, label]) => [
    [key, key as Profession],
    [label.toLowerCase(), key as Profession],
  ]),
);

/** A profession written as a key or a label ("chiropractor", "Massage therapist"), or null. */
export function professionNamed(value: string): Profession | null {
  return labelToKey.get(value.trim().toLowerCase()) ?? null;
}

/**
 * The first rule a text matches, texts in priority order (title before company); else "other".
 * Within one text words beat credentials, so "Capitol Law Group, Washington D.C." is a lawyer.
 */
export function guessProfession(texts: string[]): Profession {
  for (const text of texts) {
    if (!text) continue;
    const found =
      professionNamed(text) ??
      rules.find((rule) => rule.words.test(text))?.profession ??
      rules.find((rule) => rule.credentials?.test(text))?.profession;
    if (found) return found;
  }
  return 'other';
}
