import type { APIRoute } from 'astro';
import { dataResponse } from '../../lib/data-response.ts';
import { DATA_BODIES } from '../../lib/open-data-bodies.ts';

/** /data/paragraphs.json: every numbered paragraph with its printed pages, notes and text. */
export const GET: APIRoute = async () => dataResponse((await DATA_BODIES['paragraphs.json']()).body, 'json');
