import type { Figure, Results } from '../schemas/results.ts';

/** One candidate's printed percentage against the shares computed from the annex's own figures. */
export interface ShareCheck {
  name: string;
  votes: number;
  percentagePrinted: string;
  /** Share of the candidates' total votes, rounded as printed. */
  ofCandidates: string;
  /** Share of "Voted", rounded as printed. */
  ofVoted: string;
}

/** What the figures of Annex I add up to: every number here is derived, none is printed. */
export interface ResultsChecks {
  registered: number;
  voted: number;
  /** Sum of the candidates' votes. */
  candidatesTotal: number;
  /** "Voted" minus the candidates' total. */
  difference: number;
  /** The difference as a percentage of "Voted", to two decimals. */
  differenceShare: string;
  shares: ShareCheck[];
  /** Which base reproduces every printed percentage: the candidates' total, "Voted", or neither. */
  base: 'candidates' | 'voted' | 'neither';
  turnoutPrinted: Figure;
  /** Voted ÷ registered, to two decimals. */
  turnoutComputed: string;
  /** Voted ÷ registered, rounded to the printed turnout's decimals. */
  turnoutRounded: string;
}

/** A key figure of the annex by its printed label, or an error naming it. */
export function figure(results: Omit<Results, 'sic'>, label: string): Figure {
  const found = results.figures.find((f) => f.label === label);
  if (!found) throw new Error(`Annex I has no figure "${label}"`);
  return found;
}

/** The number of decimals a printed figure shows ("70.96" → 2, "77.5%" → 1). */
export function decimalsOf(printed: string): number {
  return /\.(\d+)/.exec(printed)?.[1].length ?? 0;
}

/** A part of a whole in per cent, to a number of decimals, as text. */
export function percent(part: number, whole: number, decimals: number): string {
  // Rounded half up on a scaled integer: toFixed alone rounds some halves down (1.005 → "1.00").
  const scale = 10 ** decimals;
  return (Math.round((part * 100 * scale) / whole) / scale).toFixed(decimals);
}

/** Checks the annex's figures against each other. */
export function checkResults(results: Omit<Results, 'sic'>): ResultsChecks {
  const registered = figure(results, 'Registered voters').value;
  const voted = figure(results, 'Voted').value;
  const turnoutPrinted = figure(results, 'Voter turnout');
  const candidatesTotal = results.candidates.reduce((sum, c) => sum + c.votes, 0);
  const shares = results.candidates.map((c) => {
    const decimals = decimalsOf(c.percentagePrinted);
    return {
      name: c.name,
      votes: c.votes,
      percentagePrinted: c.percentagePrinted,
      ofCandidates: percent(c.votes, candidatesTotal, decimals),
      ofVoted: percent(c.votes, voted, decimals),
    };
  });
  const all = (key: 'ofCandidates' | 'ofVoted') => shares.every((s) => s[key] === s.percentagePrinted);
  return {
    registered,
    voted,
    candidatesTotal,
    difference: voted - candidatesTotal,
    differenceShare: percent(voted - candidatesTotal, voted, 2),
    shares,
    base: all('ofCandidates') ? 'candidates' : all('ofVoted') ? 'voted' : 'neither',
    turnoutPrinted,
    turnoutComputed: percent(voted, registered, 2),
    turnoutRounded: percent(voted, registered, decimalsOf(turnoutPrinted.printed)),
  };
}

/** A count written as the report writes counts: "1,495,401". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** The id of a candidate's row in the table of results ("candidate-sadi-bek-tugel"). */
export function candidateId(name: string): string {
  return `candidate-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}
