import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/recommendations.json: every recommendation of the recommendations chapter. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['recommendations.json']()).body, 'json');
