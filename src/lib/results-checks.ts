import type { Figure } from '../schemas/results.ts';
import { keyFigures, type Contest } from './results-tables.ts';

/** One contestant's printed percentage against the shares computed from the annex's own figures. */
export interface ShareCheck {
  name: string;
  votes: number;
  percentagePrinted: string;
  /** Share of the contestants' total votes, rounded as printed. */
  ofCandidates: string;
  /** Share of those who voted, rounded as printed, where the annex gives that figure. */
  ofVoted?: string;
}

/** The turnout as printed against voted ÷ registered. */
export interface TurnoutCheck {
  printed: Figure;
  registered: number;
  voted: number;
  /** Voted ÷ registered, to two decimals. */
  computed: string;
  /** Voted ÷ registered, rounded to the printed turnout's decimals. */
  rounded: string;
}

/** What the figures of a results table add up to: every number here is derived, none is printed. */
export interface ResultsChecks {
  /** Sum of the contestants' votes. */
  candidatesTotal: number;
  /** Those who voted, as the annex prints it, with what the votes leave of it, and the invalid ballots where the annex prints them. */
  voted?: { value: number; difference: number; differenceShare: string; invalid?: Figure };
  /** The printed percentages against the computed shares, where the table prints percentages. */
  shares?: ShareCheck[];
  /** Which base reproduces every printed percentage: the contestants' total, those who voted, or neither. */
  base?: 'candidates' | 'voted' | 'neither';
  turnout?: TurnoutCheck;
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

/** The printed number without its per cent sign, for comparing with a computed share ("70.96"). */
const bare = (printed: string) => printed.replace(/\s?%$/, '').trim();

/** Checks a table's figures against each other and against the key figures of its part of the annex; nothing where it has no votes. */
export function checkResults(contest: Contest, figures: Figure[]): ResultsChecks | undefined {
  const counted = contest.contestants.filter((c) => c.votes !== undefined);
  if (contest.votesColumn === undefined || counted.length === 0) return undefined;
  const { registered, voted, turnout, invalid } = keyFigures(figures);
  const candidatesTotal = counted.reduce((sum, c) => sum + c.votes!, 0);
  const shares =
    contest.shareColumn === undefined
      ? undefined
      : counted.map((c) => {
          const printed = bare(c.sharePrinted!);
          const decimals = decimalsOf(printed);
          return {
            name: c.name,
            votes: c.votes!,
            percentagePrinted: printed,
            ofCandidates: percent(c.votes!, candidatesTotal, decimals),
            ...(voted ? { ofVoted: percent(c.votes!, voted.value!, decimals) } : {}),
          };
        });
  const all = (key: 'ofCandidates' | 'ofVoted') => !!shares && shares.every((s) => s[key] === s.percentagePrinted);
  return {
    candidatesTotal,
    ...(voted
      ? {
          voted: {
            value: voted.value!,
            difference: voted.value! - candidatesTotal,
            differenceShare: percent(voted.value! - candidatesTotal, voted.value!, 2),
            ...(invalid ? { invalid } : {}),
          },
        }
      : {}),
    ...(shares ? { shares, base: all('ofCandidates') ? 'candidates' : all('ofVoted') ? 'voted' : 'neither' } : {}),
    ...(registered && voted && turnout
      ? {
          turnout: {
            printed: turnout,
            registered: registered.value!,
            voted: voted.value!,
            computed: percent(voted.value!, registered.value!, 2),
            rounded: percent(voted.value!, registered.value!, decimalsOf(turnout.printed)),
          },
        }
      : {}),
  };
}

/** A count written as the report writes counts: "1,495,401". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}
