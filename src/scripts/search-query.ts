/**
 * Query understanding, before Pagefind sees the words: the filler words of a question are left out,
 * other spellings of a word the report uses (British and American, transliterations) and an
 * acronym's expansion are searched with it, and a number is searched with and without separators.
 * Pure: the report's vocabulary and acronyms come in as a lexicon (see lexicon.json.ts).
 */

/** What the report's own text says about its words: every word it uses, and its acronyms ("cec" → "central election commission"). */
export interface Lexicon {
  words: string[];
  acronyms: Record<string, string>;
}

/** One thing the reader asked for: the word as typed, and the alternatives searched for it (the first is the word itself). */
export interface Concept {
  typed: string;
  terms: string[];
  /** Whether the report uses the word (or a word beginning like it, endings aside); else it is not searched. */
  known: boolean;
}

/** A query as understood: what is searched, what was left out, what was added. */
export interface QueryPlan {
  concepts: Concept[];
  /** Filler words left out ("how", "did"). */
  dropped: string[];
  /** Alternatives searched besides what was typed ("Dostoyevsky" for "Dostoevsky"). */
  also: string[];
  /** Whether the question asks for a figure ("how many", "what share"): places that give one come first. */
  wantsFigure: boolean;
}

// Words that carry no topic in a question. Negations and numbers are not here: they change the answer.
const FILLER = new Set(
  (
    'a an the of in on at to for by from with about into over under as and or ' +
    'how much many what which who whom whose when where why is are was were be been being ' +
    'do does did done has have had can could should would will shall may might must ' +
    'there their they them it its this that these those any some me my i we our you your ' +
    'tell please'
  ).split(' '),
);

/**
 * A word's skeleton: spellings that differ only by the rules below share it. British and American
 * (-ise/-ize, -isation/-ization, -our/-or), and the usual ways of writing Russian and Kazakh names
 * in Latin letters (y between vowels: Dostoyevsky/Dostoevsky; zh/j: Zhanna/Janna; kh/h; double letters).
 */
export function skeleton(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/(?<=\w{3})is(?=(e|ed|es|er|ers|ing|ation|ations)$)/, 'iz')
    .replace(/(?<=\w{2})our(?=(s|ed|ing|able|ite|ites)?$)/, 'or')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/(?<=[aeiou])y(?=[aeiou])/g, '')
    .replace(/(\p{L})\1/gu, '$1');
}

// The opening of a question that asks for a figure.
const FIGURE = /\b(how (many|much|long|often)|what (share|percentage|proportion|number))\b/i;

// Words every report writes one way and readers another.
const SAME_AS: Record<string, string> = { percent: 'per cent', percentage: 'per cent', '%': 'per cent' };

/** A number as the report prints it: thousands separated by commas ("118140" → "118,140"). */
function withSeparators(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The lexicon's words grouped by skeleton, built once per lexicon. */
const groups = new WeakMap<Lexicon, Map<string, string[]>>();
function skeletons(lexicon: Lexicon): Map<string, string[]> {
  let map = groups.get(lexicon);
  if (!map) {
    map = new Map();
    for (const word of lexicon.words) {
      const key = skeleton(word);
      map.set(key, [...(map.get(key) ?? []), word]);
    }
    groups.set(lexicon, map);
  }
  return map;
}

/** Whether typed words name an expansion: all its words, or its first and last ("precinct commissions"). */
function names(typed: string, expansion: string): boolean {
  const [words, singular] = [expansion.split(' '), typed.replace(/s$/, '')];
  return singular === expansion || (words.length > 2 && singular === `${words[0]} ${words.at(-1)}`);
}

/** The alternatives of one typed word or phrase: itself, other spellings the report uses, an acronym's expansion or the reverse. */
function alternatives(typed: string, lexicon: Lexicon): string[] {
  const lower = typed.toLowerCase();
  const terms = [typed];
  // Numbers: "118140", "118 140" and "118,140" are one number.
  const digits = lower.replace(/[\s,.\u202f\u00a0']/g, '');
  if (/^\d{4,}$/.test(digits)) terms.push(withSeparators(digits), digits);
  if (SAME_AS[lower]) terms.push(SAME_AS[lower]);
  if (!lower.includes(' ')) for (const word of skeletons(lexicon).get(skeleton(lower)) ?? []) terms.push(word);
  const expansion = lexicon.acronyms[lower] ?? lexicon.acronyms[lower.replace(/s$/, '')];
  if (expansion) terms.push(expansion);
  for (const [short, long] of Object.entries(lexicon.acronyms)) if (names(lower, long.toLowerCase())) terms.push(short.toUpperCase());
  // Another spelling is shown as the typed word was written: "Dostoyevsky", not "dostoyevsky".
  if (/^\p{Lu}/u.test(typed)) for (let i = 1; i < terms.length; i++) terms[i] = terms[i][0].toUpperCase() + terms[i].slice(1);
  const seen = new Set<string>();
  const unique = terms.filter((t) => !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
  // A spelling the report never uses is not searched beside one it does: Pagefind would match
  // unrelated words that begin like it ("Dostoevsky" would find "do").
  const known = new Set(lexicon.words);
  const isKnown = (t: string) => t.includes(' ') || known.has(t.toLowerCase());
  if (unique.some(isKnown)) return unique.filter(isKnown);
  return unique;
}

/** Whether the report uses a term: a phrase or number is taken on trust; a word must stand in the lexicon, endings aside. */
function inReport(term: string, lexicon: Lexicon): boolean {
  if (lexicon.words.length === 0 || /[\s\d]/.test(term)) return true;
  const root = stem(term.toLowerCase());
  return lexicon.words.some((w) => w.startsWith(root));
}

/** Splits a query into words and quoted phrases, and joins the words of an acronym's expansion into one phrase. */
function tokens(query: string, lexicon: Lexicon): string[] {
  const parts = [...query.matchAll(/"([^"]+)"|“([^”]+)”|(\d{1,3}(?:[ ,\u202f]\d{3})+)|([\p{L}\p{N}][\p{L}\p{N}'’.,-]*)/gu)]
    .map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]).replace(/[.,'’-]+$/, ''))
    .filter(Boolean);
  const expansions = Object.values(lexicon.acronyms)
    .map((e) => e.toLowerCase())
    .sort((a, b) => b.split(' ').length - a.split(' ').length);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const typed = (n: number) =>
      parts
        .slice(i, i + n)
        .join(' ')
        .toLowerCase()
        .replace(/s$/, '');
    // The whole name, or its first and last words: "precinct commissions" for "Precinct Election Commission".
    const length = (e: string) => {
      const words = e.split(' ');
      if (words.length > 1 && typed(words.length) === e) return words.length;
      return words.length > 2 && typed(2) === `${words[0]} ${words.at(-1)}` ? 2 : 0;
    };
    const found = expansions.find((e) => length(e) > 0);
    if (found) {
      out.push(parts.slice(i, i + length(found)).join(' '));
      i += length(found) - 1;
    } else out.push(parts[i]);
  }
  return out;
}

/** Understands a query: the concepts to search, the filler words left out, the alternatives added. */
export function planQuery(query: string, lexicon: Lexicon): QueryPlan {
  // "How long", "how many", "what share": the question asks for a figure; its words are not the topic.
  const found = FIGURE.exec(query);
  // "how many" alone is searched as typed.
  const figure = found && /[\p{L}\p{N}]/u.test(query.replace(found[0], '')) ? found : null;
  const words = tokens(figure ? query.replace(figure[0], ' ') : query, lexicon);
  const asked = figure ? figure[0].trim().split(/\s+/) : [];
  const kept = words.filter((w) => w.includes(' ') || !FILLER.has(w.toLowerCase()));
  // A query of filler words only ("who") is searched as typed.
  const chosen = kept.length > 0 ? kept : words;
  const dropped = [...asked, ...words.filter((w) => !chosen.includes(w))];
  const seen = new Set<string>();
  const concepts = chosen
    .filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()))
    .map((typed) => {
      const terms = alternatives(typed, lexicon);
      return { typed, terms, known: terms.some((t) => inReport(t, lexicon)) };
    });
  // Numbers written another way are the same number, not worth saying.
  const same = (a: string, b: string) => a.toLowerCase().replace(/[\s,]/g, '') === b.toLowerCase().replace(/[\s,]/g, '');
  const also = concepts.flatMap((c) => c.terms.filter((t) => !same(t, c.typed)));
  return { concepts, dropped, also, wantsFigure: figure !== null };
}

/** A term as Pagefind takes it: a phrase in quotes, a word as it is. */
export function pagefindTerm(term: string): string {
  return term.includes(' ') ? `"${term}"` : term;
}

/** A word of the text reduced for comparison: lower case, letters and digits only ("12,369" → "12369"). */
export function bare(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** A word without its English ending, roughly: "resignation" → "resign", "raised" → "rais", "videos" → "video". */
export function stem(word: string): string {
  const stemmed = word.replace(/(ations?|itions?|ments?|ness|ings?|ities|ity|ies|ers?|ed|es|ly|al|ency|ence|ancy|ance|ent|ant|s|e|y)$/, '');
  return stemmed.length >= 3 ? stemmed : word;
}

/** Whether a word of the text is a searched word, endings aside ("resigned" for "resignation"). */
function sameWord(text: string, searched: string): boolean {
  const [w, b] = [bare(text), bare(searched)];
  return b.length > 0 && w.startsWith(stem(b));
}

/**
 * Which of a concept's terms the word at a location of a text belongs to (0: the word typed), or -1.
 * A phrase's word counts only where the whole phrase stands: "election" is not "Central Election Commission".
 */
export function matchTerm(words: string[], location: number, concept: Concept): number {
  return concept.terms.findIndex((term) => {
    const parts = term.split(/\s+/);
    return parts.some((_, k) => parts.every((part, i) => sameWord(words[location - k + i] ?? '', part)));
  });
}
