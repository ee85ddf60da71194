// A person's name as contact lists write it ("Dr. Anika Patel, DC", "Maria van der Berg ND"):
// titles and credentials stripped, the first and last name found (surname particles kept). Used by
// letters (the salutation) and the vCard export (the structured N property).
const titles = new Set(['dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'prof', 'professor', 'rev', 'hon']);
// Letters after a name that are not part of it (compared without dots, case-insensitively).
const postNominals = new Set([
  'dc',
  'md',
  'do',
  'dds',
  'dmd',
  'nd',
  'nmd',
  'phd',
  'psyd',
  'dpt',
  'pt',
  'mpt',
  'rmt',
  'lmt',
  'cmt',
  'bctmb',
  'rn',
  'np',
  'pa',
  'pac',
  'ot',
  'otr',
  'lac',
  'dacm',
  'dacbsp',
  'dipl',
  'msc',
  'bsc',
  'ms',
  'ma',
  'ba',
  'mba',
  'jd',
  'llb',
  'llm',
  'esq',
  'cpa',
  'cscs',
  'rd',
  'lcsw',
  'lpc',
  'lmft',
  'mft',
  'rp',
  'rsw',
  'frcpc',
  'ccfp',
  'facs',
  'facp',
  'faap',
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
]);
// Lower-case particles that belong to a surname ("van der Berg", "de la Cruz").
const particles = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'da',
  'di',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'st',
  'ter',
  'ten',
]);

const bare = (token: string) => token.replace(/[.,]/g, '').toLowerCase();
// "DO" and "MA" are credentials, "Do" and "Ma" are surnames: a post-nominal is written in capitals,
// with inner capitals (PhD, LAc), or is one of the few written like a word.
const isPostNominal = (token: string) =>
  postNominals.has(bare(token)) &&
  (token === token.toUpperCase() || /[a-z][A-Z]/.test(token) || ['esq', 'jr', 'sr'].includes(bare(token)));

export type NameParts = { first: string; last: string; full: string };

/** The person's first and last name without titles or credentials. */
export function nameParts(name: string): NameParts {
  const full = name.replace(/\s+/g, ' ').trim();
  // Everything after the first comma is credentials ("Anika Patel, DC, MSc").
  let tokens = full.split(',')[0]!.split(' ').filter(Boolean);
  while (tokens.length > 1 && titles.has(bare(tokens[0]!))) tokens = tokens.slice(1);
  while (tokens.length > 1 && isPostNominal(tokens.at(-1)!)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return { first: full, last: full, full };
  let start = tokens.length - 1;
  while (start > 1 && particles.has(tokens[start - 1]!)) start--;
  return { first: tokens[0]!, last: tokens.slice(start).join(' '), full: tokens.join(' ') };
}
