import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFollowUp } from '../../../scripts/pipeline/extract-follow-up.ts';
import { extractFootnotes } from '../../../scripts/pipeline/extract-footnotes.ts';
import { extractObservers } from '../../../scripts/pipeline/extract-observers.ts';
import { rejoinParagraphs } from '../../../scripts/pipeline/rejoin-paragraphs.ts';
import { ReportError } from '../../../scripts/pipeline/report-error.ts';
import { blockText, splitBlocks } from '../../../scripts/pipeline/split-blocks.ts';
import type { RawSection } from '../../../scripts/pipeline/split-sections.ts';
import { splitTitles } from '../../../src/lib/split-titles.ts';

const TITLES = ['Election Administration', 'Voter Registration', 'Candidate Registration', 'Complaints and Appeals', 'Election Day'];

/** Each pipeline step with fixtures, run on a fixture's input text. */
const STEPS: Record<string, (input: string) => unknown> = {
  'extract-footnotes': (input) => extractFootnotes(splitBlocks(input)),
  'rejoin-paragraphs': (input) => rejoinParagraphs(splitBlocks(input), () => false),
  'split-titles': (input) => splitTitles(input, TITLES),
  // The blocks as paragraphs of the recommendations chapter, and the footnotes among them; null: no statement.
  'extract-follow-up': (input) => {
    const { footnotes, blocks } = extractFootnotes(splitBlocks(input));
    const notes = footnotes.flatMap((f) =>
      f.paragraphs.map((text, i) => ({ line: f.line + i, section: 'recommendations', footnote: f.number, text })),
    );
    const paragraphs = blocks.map((b, i) => ({ line: b.line, section: 'recommendations', paragraph: i + 1, text: blockText(b) }));
    return extractFollowUp([...notes, ...paragraphs]) ?? null;
  },
  'extract-observers': (input) =>
    extractObservers({ blocks: splitBlocks(input), title: 'ANNEX II: LIST OF OBSERVERS', line: 1 } as RawSection),
};

/** The step's result, or the error it throws as `line N: message`. */
function run(step: string, input: string): unknown {
  try {
    return STEPS[step](input);
  } catch (error) {
    if (error instanceof ReportError) return { error: `line ${error.line}: ${error.message}` };
    throw error;
  }
}

// tests/fixtures/reports/ holds whole reports, built as sites by tests/e2e/variants.test.ts.
const root = 'tests/fixtures';
for (const step of readdirSync(root).filter((name) => name in STEPS)) {
  describe(`fixtures: ${step}`, () => {
    for (const name of readdirSync(join(root, step))) {
      it(name.replace(/-/g, ' '), () => {
        const dir = join(root, step, name);
        const actual = run(step, readFileSync(join(dir, 'input.txt'), 'utf8'));
        const expectedPath = join(dir, 'expected.json');
        // UPDATE_FIXTURES=1 writes missing expectations, to be read and committed by a person.
        if (!existsSync(expectedPath) && process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
        expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
      });
    }
  });
}
