import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/observers.csv: every person of the list of observers, one row each. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['observers.csv']()).body, 'csv');
