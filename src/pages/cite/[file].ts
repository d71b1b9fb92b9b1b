import type { APIRoute } from 'astro';
import { getCitables, type Citable } from '../../lib/citables.ts';
import { citationFormats, cslItem } from '../../lib/cite-formats.ts';
import { permalink } from '../../lib/permalink.ts';
import { getReportMeta } from '../../lib/report.ts';

/** The three files a reference manager imports, by extension: what each holds and how it is served. */
const FORMATS = { bib: 'bibtex', ris: 'ris', json: 'csl' } as const;
const TYPES = { bib: 'application/x-bibtex', ris: 'application/x-research-info-systems', json: 'application/vnd.citationstyles.csl+json' };

/** /cite/<key>.bib, .ris and .json: a recommendation's or a chapter's citation, written by Citation.js. */
export async function getStaticPaths() {
  return (await getCitables()).flatMap((citable) =>
    (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((ext) => ({
      params: { file: `${citable.citeKey}.${ext}` },
      props: { citable, ext },
    })),
  );
}

export const GET: APIRoute<{ citable: Citable; ext: keyof typeof FORMATS }> = async ({ props }) => {
  const { citable, ext } = props;
  const item = cslItem(await getReportMeta(), {
    key: citable.citeKey,
    note: citable.note,
    pages: citable.pages,
    url: permalink(citable.path),
  });
  return new Response(citationFormats(item)[FORMATS[ext]], { headers: { 'Content-Type': `${TYPES[ext]}; charset=utf-8` } });
};
