import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../../scripts/pipeline/number-paragraphs.ts';
import { serialize, toContentFiles } from '../../../scripts/pipeline/to-markdown.ts';
import { validateContent } from '../../../scripts/pipeline/validate-content.ts';
import { parseReport } from '../../../scripts/pipeline/parse-report.ts';
import { stripSuperscripts } from '../../../src/lib/superscript.ts';
import { realCandidates, realReport, reportBytes, reportLines, reportSettings, sicList } from '../../report.ts';

const report = realReport();
const paragraphs = report.sections.flatMap(paragraphsOf);
const FOOTNOTE_LINE = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+( |$)/;

describe('the real report: sections', () => {
  it('has the 25 headings of the table of contents, in order', () => {
    expect(report.sections.map((s) => s.heading)).toEqual([
      'I. EXECUTIVE SUMMARY',
      'II. INTRODUCTION AND ACKNOWLEDGMENTS',
      'III. BACKGROUND AND POLITICAL CONTEXT',
      'IV. LEGAL FRAMEWORK AND ELECTORAL SYSTEM',
      'V. ELECTION ADMINISTRATION',
      'VI. VOTER REGISTRATION',
      'VII. CANDIDATE REGISTRATION',
      'VIII. ELECTION CAMPAIGN',
      'IX. CAMPAIGN FINANCE',
      'X. MEDIA',
      'A. MEDIA ENVIRONMENT AND LEGAL FRAMEWORK',
      'B. MEDIA MONITORING FINDINGS',
      'XI. COMPLAINTS AND APPEALS',
      'XII. ELECTION OBSERVATION',
      'XIII. ELECTION DAY',
      'A. OPENING AND VOTING',
      'B. THE VOTE COUNT',
      'C. TABULATION AND THE ANNOUNCEMENT OF RESULTS',
      'XIV. POST-ELECTION DEVELOPMENTS',
      'XV. RECOMMENDATIONS',
      'D. PRIORITY RECOMMENDATIONS',
      'E. OTHER RECOMMENDATIONS',
      'ANNEX I: FINAL ELECTION RESULTS¹⁰⁷',
      'ANNEX II: LIST OF OBSERVERS IN THE INTERNATIONAL ELECTION OBSERVATION MISSION',
      'ABOUT ODIHR',
    ]);
  });

  it('gives subsections their chapter as parent and printed page numbers from the contents', () => {
    const bySlug = new Map(report.sections.map((s) => [s.slug, s]));
    expect(bySlug.get('opening-and-voting')).toMatchObject({ parent: 'election-day', page: 22, number: 'A' });
    expect(bySlug.get('other-recommendations')).toMatchObject({ parent: 'recommendations', page: 26, number: 'E' });
    expect(bySlug.get('about-odihr')).toMatchObject({ kind: 'about', page: 37 });
  });
});

describe('the real report: paragraphs', () => {
  it('numbers 158 paragraphs from 1, in reading order', () => {
    expect(paragraphs.map((p) => p.n)).toEqual(Array.from({ length: 158 }, (_, i) => i + 1));
    expect(paragraphs[0].text).toMatch(/^Following an invitation from the authorities of Kazakhstan and in accordance with its mandate/);
    expect(paragraphs.at(-1)!.text).toBe('More information is available on the ODIHR website (www.osce.org/odihr).');
  });

  it('keeps every line of running text, in order, each in exactly one paragraph', () => {
    // The source lines of running text: from chapter I to the annexes and "About ODIHR" after them,
    // without headings, footnotes and the sub-headings of chapter XV.
    const lines = reportLines();
    const headings = new Set([
      ...report.sections.map((s) => s.line),
      ...report.sections.flatMap((s) => s.pieces.filter((p) => p.heading).map((p) => p.line)),
    ]);
    const start = report.sections[0].line;
    const annexes = report.sections.filter((s) => s.kind === 'annex');
    const about = report.sections.find((s) => s.kind === 'about')!;
    const inAnnex = (n: number) => n >= annexes[0].line && n < about.line;
    const footnoteLines = new Set(report.footnotes.flatMap((f) => f.paragraphs.map((_, i) => f.line + i)));
    const running = lines
      .map((text, i) => ({ text, n: i + 1 }))
      .filter(
        ({ text, n }) => n > start && text !== '' && !headings.has(n) && !inAnnex(n) && !FOOTNOTE_LINE.test(text) && !footnoteLines.has(n),
      );
    expect(paragraphs.map((p) => p.text).join(' ')).toBe(running.map((l) => l.text).join(' '));
  });

  it('joins paragraphs that a page-bottom footnote block or a page break cut mid-sentence', () => {
    const texts = paragraphs.map((p) => p.text);
    // Words across each cut, and how many paragraphs hold them (a recommendation stands twice).
    const joined: [string, number][] = [
      ['over-representation of the ruling party in a considerable number of lower-level commissions', 1],
      ['indirectly elected by the Assembly of the People of Kazakhstan, an advisory body', 1],
      ['by the OSCE Chairperson-in-Office as Special Co-ordinator', 1],
      ['fundamental rights and freedoms should be lifted.', 2],
      ['supporting signatures and, if retained, the evaluation of language fluency.', 2],
    ];
    for (const [words, count] of joined) expect(texts.filter((t) => t.includes(words))).toHaveLength(count);
  });
});

describe('the real report: footnotes', () => {
  it('has 107 footnotes, each cited exactly once, by a paragraph or a heading', () => {
    expect(report.footnotes.map((f) => f.number)).toEqual(Array.from({ length: 107 }, (_, i) => i + 1));
    for (const footnote of report.footnotes) {
      const citing = footnote.paragraph ? paragraphs.find((p) => p.n === footnote.paragraph)!.text : undefined;
      if (citing)
        expect(citing.match(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g)!.map((run) => run)).toContain(
          [...String(footnote.number)].map((d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]).join(''),
        );
    }
    expect(report.footnotes[0]).toMatchObject({ section: 'cover', paragraph: undefined });
    expect(report.footnotes[106]).toMatchObject({ section: 'annex-i-final-election-results', paragraph: undefined });
  });

  it('keeps footnote 106 with its second line and footnote 107 with its text on the next line', () => {
    expect(report.footnotes[105].paragraphs).toEqual([
      expect.stringMatching(/^According to the paragraph 25 of the \[1999 OSCE Istanbul Document\]\(#\)/),
      'See also www.paragraph25.odihr.pl.',
    ]);
    expect(report.footnotes[106].paragraphs).toEqual(['Source: [CEC website](#).']);
  });

  it('keeps italics and link texts as Markdown', () => {
    expect(report.footnotes[7].paragraphs[0]).toBe(
      "Two other parties are represented in the parliament: *Ak-Zhol* and the Communist People's Party of Kazakhstan (CPPK), with seven seats each.",
    );
    expect(report.footnotes[13].paragraphs[0]).toContain(
      '[2010 OSCE/ODIHR and Venice Commission Guidelines on Political Party Regulation \\(CDL-AD\\(2010\\)024\\)](#)',
    );
  });
});

describe('the real report: recommendations', () => {
  const recommendations = report.recommendations;

  it('has 31, of which 1 to 11 are priority', () => {
    expect(recommendations.map((r) => r.number)).toEqual(Array.from({ length: 31 }, (_, i) => i + 1));
    expect(recommendations.filter((r) => r.priority).map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('finds each one standing inline in the chapter whose findings it answers', () => {
    expect(recommendations.map((r) => r.section)).toEqual([
      'legal-framework-and-electoral-system',
      'election-administration',
      'voter-registration',
      'voter-registration',
      'candidate-registration',
      'election-campaign',
      'election-campaign',
      'media-environment-and-legal-framework',
      'complaints-and-appeals',
      'tabulation-and-the-announcement-of-results',
      'post-election-developments',
      'background-and-political-context',
      'legal-framework-and-electoral-system',
      'election-administration',
      'voter-registration',
      'candidate-registration',
      'candidate-registration',
      'election-campaign',
      'campaign-finance',
      'campaign-finance',
      'media-environment-and-legal-framework',
      'media-environment-and-legal-framework',
      'media-environment-and-legal-framework',
      'media-monitoring-findings',
      'complaints-and-appeals',
      'complaints-and-appeals',
      'complaints-and-appeals',
      'election-day',
      'election-day',
      'tabulation-and-the-announcement-of-results',
      'tabulation-and-the-announcement-of-results',
    ]);
    expect(new Set(recommendations.map((r) => r.paragraph)).size).toBe(31);
  });

  it('keeps both wordings where they differ, and only there', () => {
    const differing = recommendations.filter((r) => r.text !== r.inlineText).map((r) => r.number);
    expect(differing).toEqual([1, 2, 11, 14, 15, 18, 23, 25]);
    expect(recommendations[10].text).toContain('before the CEC officially registers the winner.');
    expect(recommendations[10].inlineText).toContain('before the CEC officially declares the winner.');
    expect(recommendations[24].inlineText).toContain('eliminate the possibility of concurrent jurisdictions');
    expect(recommendations[24].text).toContain('eliminate concurrent jurisdictions');
  });

  it('gives each its topic: the sub-heading of chapter XV, or for priority ones the chapter it stands in', () => {
    expect(recommendations[0].topic).toBe('Legal Framework and Electoral System');
    expect(recommendations[10].topic).toBe('Post-Election Developments');
    expect(recommendations[11].topic).toBe('Background and Political Context');
    expect(recommendations[27].topic).toBe('Election Day');
    const counts = Object.fromEntries(
      ['Media', 'Election Day', 'Complaints and Appeals'].map((t) => [t, recommendations.filter((r) => r.topic === t).length]),
    );
    expect(counts).toEqual({ Media: 5, 'Election Day': 5, 'Complaints and Appeals': 4 });
  });
});

describe('the real report: annexes', () => {
  it('reads Annex I as printed, "Tokyaev" included', () => {
    expect(report.results!.figures).toEqual([
      { label: 'Registered voters', printed: '11,960,364', value: 11960364, line: 653 },
      { label: 'Voted', printed: '9,274,110', value: 9274110, line: 654 },
      { label: 'Mobile voting', printed: '105,682', value: 105682, line: 655 },
      { label: 'Voting with AVCs', printed: '22,502', value: 22502, line: 656 },
      { label: 'Voter turnout', printed: '77.5%', value: 77.5, line: 657 },
    ]);
    expect(report.results!.tables.map((t) => [t.columns, t.rows.length, t.line])).toEqual([[['Candidate', 'Votes', 'Percentage'], 7, 659]]);
    expect(realCandidates().map((c) => [c.name, c.votes, c.percentage])).toEqual([
      ['Zhambyl Akhmetbekov', 167649, 1.82],
      ['Daniya Yespayeva', 465714, 5.05],
      ['Amirzhan Kossanov', 1495401, 16.23],
      ['Toleutai Rakhimbekov', 280451, 3.04],
      ['Amangeldy Taspikhov', 182898, 1.98],
      ['Kassym-Jomart Tokyaev', 6539715, 70.96],
      ['Sadi-Bek Tugel', 84582, 0.92],
    ]);
    expect(report.results!.footnote).toBe(107);
  });

  it('reads every person of Annex II, whatever the column order of the group, the columns recognised by what they hold', () => {
    expect(report.observers.map((g) => [g.heading, g.members.length, g.columns.join(' ')])).toEqual([
      ['OSCE Parliamentary Assembly', 49, 'givenName surname country role'],
      ['ODIHR EOM Short-term Observers', 250, 'givenName surname country'],
      ['ODIHR EOM Core Team', 13, 'givenName surname role country'],
      ['ODIHR EOM Long-term Observers', 22, 'givenName surname country'],
    ]);
    const lines = reportLines();
    const rows = lines.slice(report.observers[0].line).filter((l) => l.includes('\t'));
    expect(report.observers.flatMap((g) => g.members)).toHaveLength(rows.length);
    const [pa, , core, lto] = report.observers;
    expect(pa.members[0]).toMatchObject({ givenName: 'George', surname: 'TSERETELI', country: 'Georgia', role: 'Special Co-ordinator' });
    expect(core.members[0]).toMatchObject({ givenName: 'Urszula', surname: 'GACEK', country: 'Poland', role: 'Head of Mission' });
    expect(core.members[7]).toMatchObject({ surname: 'STANOJEV', role: 'PA Liason', country: 'Serbia' });
    expect(core.parentHeading).toBe('LONG-TERM OBSERVERS');
    expect(lto.members.at(-1)).toMatchObject({ givenName: 'Ingo', surname: 'BUETTNER', country: 'Germany' });
  });
});

describe('the real report: misprints', () => {
  it('marks each listed misprint where it stands, and fails on one that stands nowhere', () => {
    const files = toContentFiles(report);
    const marked = files.filter((f) => 'sic' in f.data && (f.data.sic as unknown[]).length > 0).map((f) => f.path);
    expect(marked.sort()).toEqual(
      [
        'footnotes/012.md',
        'footnotes/047.md',
        'footnotes/049.md',
        'footnotes/057.md',
        'footnotes/063.md',
        'footnotes/065.md',
        'observers/3-odihr-eom-core-team.md',
        'results/results.md',
        'sections/06-election-administration.md',
        'sections/26-about-odihr.md',
      ].sort(),
    );
    expect(() =>
      parseReport(reportBytes(), { sic: [...sicList(), { text: 'Tokayevv', note: 'x' }] }, 'content/source/report.yaml'),
    ).toThrow('sic: "Tokayevv" stand(s) nowhere in the report\'s text');
  });
});

describe('the real report: cross-references', () => {
  it('resolves every "(see …)" in paragraphs and footnotes to the chapter it names', () => {
    const all = [...report.crossReferences.values(), ...report.footnotes.map((f) => f.crossReferences)].flat();
    expect(all.map((x) => x.target).sort()).toEqual(
      [
        'candidate-registration',
        'complaints-and-appeals',
        'election-administration',
        'election-campaign',
        'election-day',
        'post-election-developments',
        'post-election-developments',
        'voter-registration',
        'voter-registration',
      ].sort(),
    );
  });
});

describe('the content files', () => {
  it('are valid against the collection schemas', () => {
    expect(validateContent(toContentFiles(report))).toEqual([]);
  });

  it('are byte-identical when the same input is parsed twice', () => {
    const once = toContentFiles(parseReport(reportBytes(), reportSettings())).map(serialize);
    const twice = toContentFiles(parseReport(reportBytes(), reportSettings())).map(serialize);
    expect(twice).toEqual(once);
  });

  it('parse Windows line endings and trailing white space to the same output', () => {
    const original = toContentFiles(report).map(serialize);
    const text = reportBytes().toString('utf8');
    const crlf = Buffer.from(text.replace(/\n/g, '\r\n'));
    const trailing = Buffer.from(text.replace(/\n/g, '  \t\n'));
    expect(toContentFiles(parseReport(crlf, reportSettings())).map(serialize)).toEqual(original);
    expect(toContentFiles(parseReport(trailing, reportSettings())).map(serialize)).toEqual(original);
  });

  it('keep the report title with its footnote reference', () => {
    expect(report.title).toBe('ODIHR Election Observation Mission Final Report¹');
    expect(stripSuperscripts(report.title)).toBe('ODIHR Election Observation Mission Final Report');
  });
});
