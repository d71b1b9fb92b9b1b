import {
  footnoteRecords,
  jsonFile,
  observerGroupRecords,
  observerRows,
  recommendationRecords,
  resultsRecord,
  sectionRecords,
} from './open-data.ts';
import { observersCsv, recommendationsCsv, resultsCsv } from './open-data-csv.ts';

/** A data file's content, and how many records it holds ("31 recommendations"). */
export interface DataBody {
  body: string;
  holds: string;
}

/** The content of each file of /data/, by name: what the endpoints serve and the /data/ page measures. */
export const DATA_BODIES: Record<string, () => Promise<DataBody>> = {
  'recommendations.json': async () => {
    const records = await recommendationRecords();
    return { body: jsonFile('recommendations.json', 'recommendations', records), holds: `${records.length} recommendations` };
  },
  'recommendations.csv': async () => {
    const records = await recommendationRecords();
    return { body: recommendationsCsv(records), holds: `${records.length} rows` };
  },
  'footnotes.json': async () => {
    const records = await footnoteRecords();
    return { body: jsonFile('footnotes.json', 'footnotes', records), holds: `${records.length} footnotes` };
  },
  'sections.json': async () => {
    const records = await sectionRecords();
    return { body: jsonFile('sections.json', 'sections', records), holds: `${records.length} sections` };
  },
  'results.json': async () => {
    const results = await resultsRecord();
    return {
      body: jsonFile('results.json', 'results', results),
      holds: `${results.figures.length} figures, ${results.candidates.length} candidates`,
    };
  },
  'results.csv': async () => {
    const results = await resultsRecord();
    return { body: resultsCsv(results), holds: `${results.candidates.length} rows` };
  },
  'observers.json': async () => {
    const groups = await observerGroupRecords();
    const people = groups.reduce((sum, g) => sum + g.members.length, 0);
    return { body: jsonFile('observers.json', 'groups', groups), holds: `${groups.length} groups, ${people} people` };
  },
  'observers.csv': async () => {
    const rows = observerRows(await observerGroupRecords());
    return { body: observersCsv(rows), holds: `${rows.length} rows` };
  },
};
