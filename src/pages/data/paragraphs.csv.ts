import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/paragraphs.csv: every numbered paragraph, one row each. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['paragraphs.csv']()).body, 'csv');
