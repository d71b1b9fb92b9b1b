import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/follow-up.json: what the report says became of earlier reports' recommendations. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['follow-up.json']()).body, 'json');
