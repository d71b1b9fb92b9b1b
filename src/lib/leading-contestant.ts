import type { Figure, Results } from '../schemas/results.ts';
import type { Found } from './report-statements.ts';
import { figuresFor, keyFigures, readContest, type Contest, type Contestant } from './results-tables.ts';

/** The contestant who came first in the deciding table, with what the annex and the text say of them. */
export interface Leader {
  /** The table that decides: the last that counts votes or seats (a second round's, where there is one). */
  tableIndex: number;
  contest: Contest;
  /** Everyone of that table, most votes (or seats) first. */
  ranked: Contestant[];
  leader: Contestant;
  /** The leader's share as the annex prints it, without a per cent sign ("50.12"). */
  share?: string;
  /** Seats won and seats in all, where the table counts seats. */
  seats?: { won: number; of: number };
  /** Whether the leader has more than half of the votes (by the printed share). */
  majority: boolean;
  /** Where the text states another share than the annex prints: the text's figure and its paragraph. */
  textShare?: { printed: string; found: Found; differs: boolean };
  /** The turnout the annex prints for the same part, and who voted of how many registered. */
  turnout?: Figure;
  voted?: Figure;
  registered?: Figure;
}

const bare = (printed: string) => printed.replace(/\s?%$/, '').trim();

/** Who leads the results: the contestant with most votes (or seats) of the last results table that counts them; nothing without one. */
export function findLeader(results: Pick<Results, 'figures' | 'tables'> | undefined, statedShare?: Found): Leader | undefined {
  const tables = (results?.tables ?? []).map((table, index) => ({ table, index, contest: readContest(table) }));
  const deciding = tables.findLast(({ contest }) => contest && (contest.votesColumn !== undefined || contest.seatsColumn !== undefined));
  if (!results || !deciding?.contest) return undefined;
  const { contest, index, table } = deciding;
  const key = (c: Contestant) => (contest.votesColumn !== undefined ? (c.votes ?? 0) : (c.seats ?? 0));
  const ranked = [...contest.contestants].sort((a, b) => key(b) - key(a));
  const [leader] = ranked;
  if (!leader || (ranked[1] && key(ranked[1]) === key(leader))) return undefined;
  const share = leader.sharePrinted ? bare(leader.sharePrinted) : undefined;
  const seatsOf = contest.seatsColumn === undefined ? undefined : ranked.reduce((s, c) => s + (c.seats ?? 0), 0);
  // The text's share belongs to the last table that prints shares (the results page reads it so too).
  const lastWithShares = tables.findLast(({ contest: c }) => c?.shareColumn !== undefined)?.index;
  const stated = statedShare && index === lastWithShares ? statedShare.match[1] : undefined;
  const { turnout, voted, registered } = keyFigures(figuresFor(results, table));
  return {
    tableIndex: index,
    contest,
    ranked,
    leader,
    ...(share ? { share } : {}),
    ...(seatsOf !== undefined && leader.seats !== undefined ? { seats: { won: leader.seats, of: seatsOf } } : {}),
    majority: leader.share !== undefined && leader.share > 50,
    ...(stated && statedShare && share
      ? { textShare: { printed: stated, found: statedShare, differs: Number(stated) !== Number(share) } }
      : {}),
    ...(turnout ? { turnout } : {}),
    ...(voted ? { voted } : {}),
    ...(registered ? { registered } : {}),
  };
}
