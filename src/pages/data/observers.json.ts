import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/observers.json: the groups of the list of observers with their members. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['observers.json']()).body, 'json');
