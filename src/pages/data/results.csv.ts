import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/results.csv: every cell of the results tables, one row each. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['results.csv']()).body, 'csv');
