/**
 * /search/lexicon.json: the report's words and acronyms, which the search page loads with Pagefind
 * to search other spellings and expansions along with what the reader typed (src/scripts/search-query.ts).
 */
import type { APIRoute } from 'astro';
import { getFootnotes, getRecommendations, getSections } from '../../lib/report.ts';
import { buildLexicon } from '../../scripts/search-lexicon.ts';

export const GET: APIRoute = async () => {
  const entries = [...(await getSections()), ...(await getFootnotes()), ...(await getRecommendations())];
  const lexicon = buildLexicon(entries.map((e) => e.body ?? ''));
  return new Response(JSON.stringify(lexicon), { headers: { 'Content-Type': 'application/json' } });
};
