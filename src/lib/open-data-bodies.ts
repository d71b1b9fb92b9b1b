import {
  footnoteRecords,
  jsonFile,
  observerGroupRecords,
  observerRows,
  paragraphRecords,
  paragraphRows,
  recommendationRecords,
  resultCells,
  resultsRecord,
  sectionRecords,
} from './open-data.ts';
import { followUpCsv, observersCsv, paragraphsCsv, recommendationsCsv, resultsCsv } from './open-data-csv.ts';
import { followUpRecords } from './open-data-follow-up.ts';

/** A data file's content, and how many records it holds ("12 recommendations"). */
export interface DataBody {
  body: string;
  holds: string;
}

/** The content of each file of /data/, by name: what the endpoints serve and the /data/ page measures. */
export const DATA_BODIES: Record<string, () => Promise<DataBody>> = {
  'recommendations.json': async () => {
    const records = await recommendationRecords();
    return { body: await jsonFile('recommendations.json', 'recommendations', records), holds: `${records.length} recommendations` };
  },
  'recommendations.csv': async () => {
    const records = await recommendationRecords();
    return { body: recommendationsCsv(records), holds: `${records.length} rows` };
  },
  'follow-up.json': async () => {
    const records = await followUpRecords();
    return { body: await jsonFile('follow-up.json', 'assessments', records), holds: `${records.length} assessments` };
  },
  'follow-up.csv': async () => {
    const records = await followUpRecords();
    return { body: followUpCsv(records), holds: `${records.length} rows` };
  },
  'footnotes.json': async () => {
    const records = await footnoteRecords();
    return { body: await jsonFile('footnotes.json', 'footnotes', records), holds: `${records.length} footnotes` };
  },
  'paragraphs.json': async () => {
    const records = await paragraphRecords();
    return { body: await jsonFile('paragraphs.json', 'paragraphs', records), holds: `${records.length} paragraphs` };
  },
  'paragraphs.csv': async () => {
    const rows = paragraphRows(await paragraphRecords());
    return { body: paragraphsCsv(rows), holds: `${rows.length} rows` };
  },
  'sections.json': async () => {
    const records = await sectionRecords();
    return { body: await jsonFile('sections.json', 'sections', records), holds: `${records.length} sections` };
  },
  'results.json': async () => {
    const results = await resultsRecord();
    const rows = results?.tables.reduce((sum, t) => sum + t.rows.length, 0) ?? 0;
    return {
      body: await jsonFile('results.json', 'results', results),
      holds: results ? `${results.figures.length} figures, ${results.tables.length} tables of ${rows} rows` : 'no results annex',
    };
  },
  'results.csv': async () => {
    const cells = resultCells(await resultsRecord());
    return { body: resultsCsv(cells), holds: `${cells.length} rows` };
  },
  'observers.json': async () => {
    const groups = await observerGroupRecords();
    const people = groups.reduce((sum, g) => sum + g.members.length, 0);
    return { body: await jsonFile('observers.json', 'groups', groups), holds: `${groups.length} groups, ${people} people` };
  },
  'observers.csv': async () => {
    const rows = observerRows(await observerGroupRecords());
    return { body: observersCsv(rows), holds: `${rows.length} rows` };
  },
};
