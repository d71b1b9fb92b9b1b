import type { ReportMeta } from '../../src/schemas/report.ts';
import type { ReportSettings } from '../../src/schemas/settings.ts';
import { toTitleCase } from '../../src/lib/title-case.ts';
import { ReportError } from './report-error.ts';
import type { Block } from './split-blocks.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const YEAR = /\b(19|20|21)\d{2}\b/;
/** What a country's formal name puts before its short name ("Republic of", "Kingdom of the"). */
const FORMAL =
  /^(?:(?:Federal|Democratic|Islamic|Socialist|United|Hellenic|Slovak|Czech) )*(?:Republic|Kingdom|Principality|Grand Duchy|Federation|Commonwealth|Confederation) of (?:the )?/i;

/** A line of the title page with its line number. */
interface Line {
  line: number;
  text: string;
}

/** Reads "4 October 2019" as a date; a range or a list of days keeps only its year. */
export function readDate(printed: string, line: number): ReportMeta['published'] {
  const year = YEAR.exec(printed);
  if (!year) throw new ReportError(line, `title page: "${printed}" should be a date with a year ("4 October 2019")`);
  const day = /^(\d{1,2}) ([A-Za-z]+),? (\d{4})$/.exec(printed.trim());
  const month = day ? MONTHS.indexOf(day[2].toLowerCase()) + 1 : 0;
  const iso = day && month ? `${day[3]}-${String(month).padStart(2, '0')}-${day[1].padStart(2, '0')}` : undefined;
  return { printed, ...(iso ? { iso } : {}), year: Number(year[0]) };
}

/** The country's short name: its formal prefix dropped ("Republic of Moldova" → "Moldova"). */
export function shortCountryName(country: string): string {
  return country.replace(FORMAL, '') || country;
}

const isUpper = (text: string) => /[A-Z]{2}/.test(text) && text === text.toUpperCase();

/**
 * Reads the title page: the institution, the country and the election in capitals, the election's
 * date, the kind of report, and the place and date of publication on its last two lines.
 */
export function readCover(cover: Block[], settings: Partial<ReportSettings>): ReportMeta {
  const lines: Line[] = cover.flatMap((b) => b.lines.map((text, i) => ({ line: b.line + i, text: text.trim() })));
  const first = lines[0]?.line ?? 1;
  const fail = (message: string): never => {
    throw new ReportError(first, `title page: ${message}`);
  };
  if (lines.length < 5)
    fail('expected the institution, the country, the election, its date, the report and where and when it was published');
  const caps = lines.filter((l) => isUpper(l.text));
  const [country, election] = caps;
  if (!country || !election) return fail('expected the country and the election in capital letters ("REPUBLIC OF …", "… ELECTION")');
  const dateLine = lines.find((l) => l.line > election.line && YEAR.test(l.text));
  if (!dateLine) return fail(`no date of the election under "${election.text}"`);
  const published = lines.at(-1)!;
  const place = lines.at(-2)!;
  if (place.line <= dateLine.line)
    fail('expected the place and the date of publication on its last two lines ("Warsaw", "4 October 2019")');
  const mission = lines.filter((l) => l.line > dateLine.line && l.line < place.line).map((l) => l.text);
  if (mission.length === 0) fail(`no name of the report ("ODIHR Election Observation Mission Final Report") above "${place.text}"`);
  const institution = lines
    .filter((l) => l.line < country.line)
    .map((l) => l.text)
    .join(' ');
  if (!institution) fail(`no institution above "${country.text}"`);
  const countryName = toTitleCase(country.text);
  const shortName = settings.shortName ?? shortCountryName(countryName);
  const electionDate = readDate(dateLine.text, dateLine.line);
  const missionName = mission.join(' ');
  return {
    countryPrinted: country.text,
    country: countryName,
    shortName,
    electionPrinted: election.text,
    election: toTitleCase(election.text),
    electionDate,
    mission: missionName,
    institution,
    place: place.text,
    published: readDate(published.text, published.line),
    title: `${countryName}, ${toTitleCase(election.text)}, ${dateLine.text}: ${missionName}`,
    siteName: `${shortName} ${electionDate.year} · ODIHR Election Observation Report`,
    citationKey: `odihr${electionDate.year}${shortName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]/g, '')}`,
    ...(settings.site ? { site: settings.site } : {}),
    sameState: settings.sameState ?? [],
    ...(settings.contact ? { contact: settings.contact } : {}),
    ...(settings.searchExamples ? { searchExamples: settings.searchExamples } : {}),
    line: first,
  };
}
