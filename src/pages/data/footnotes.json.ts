import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/footnotes.json: the report's footnotes. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['footnotes.json']()).body, 'json');
