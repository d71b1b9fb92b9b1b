import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/results.json: the results annex. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['results.json']()).body, 'json');
