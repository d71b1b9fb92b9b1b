import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/sections.json: the report's sections in reading order, with their text. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['sections.json']()).body, 'json');
