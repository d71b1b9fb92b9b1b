import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/follow-up.csv: what the report says became of earlier reports' recommendations, one row each. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['follow-up.csv']()).body, 'csv');
