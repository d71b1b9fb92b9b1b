import { describe, expect, it } from 'vitest';
import { excerptParagraph } from '../../../src/lib/paragraph-excerpt.ts';

// A section as rehype-paragraphs renders it (shortened from ¶ 63–64 of "Election Campaign").
const section = [
  '<p id="p-63" class="para" data-pagefind-title="¶ 63"><a class="pnum" href="#p-63" data-pagefind-ignore="" title="Link to paragraph 63">',
  '<span class="sr-only">Paragraph </span>63</a> Mr. Tokayev toured <em>the</em> country.<sup class="noteref">',
  '<a href="#fn-55" id="fnref-55" role="doc-noteref" aria-label="Footnote 55" data-footnote="55">55</a></sup> Students',
  ' attended.<sup class="noteref"><a href="#fn-56" id="fnref-56" role="doc-noteref" aria-label="Footnote 56" data-footnote="56">56</a></sup></p>',
  '<div class="recommendation" role="note" data-recommendation="7"><p class="recommendation-label"><a href="/recommendations/7/">',
  'Recommendation 7</a></p><p id="p-64" class="para"><a class="pnum" href="#p-64">64</a> The authorities should develop safeguards.</p></div>',
].join('');

describe('excerptParagraph', () => {
  it('quotes a paragraph without its id and margin number, footnotes pointing to the quoting page', () => {
    expect(excerptParagraph(section, 63)).toEqual({
      n: 63,
      html:
        '<p>Mr. Tokayev toured <em>the</em> country.<sup class="noteref"><a href="#note-55" id="noteref-55" role="doc-noteref" aria-label="Footnote 55" data-footnote="55">55</a></sup> Students' +
        ' attended.<sup class="noteref"><a href="#note-56" id="noteref-56" role="doc-noteref" aria-label="Footnote 56" data-footnote="56">56</a></sup></p>',
      footnotes: [55, 56],
    });
  });

  it('finds a paragraph inside a recommendation callout', () => {
    expect(excerptParagraph(section, 64)).toEqual({ n: 64, html: '<p>The authorities should develop safeguards.</p>', footnotes: [] });
  });

  it('gives nothing for a paragraph the section does not hold', () => {
    expect(excerptParagraph(section, 65)).toBeUndefined();
  });

  it('leaves the section as it was, for the next quote', () => {
    excerptParagraph(section, 63);
    expect(excerptParagraph(section, 63)?.html).toContain('href="#note-55"');
  });
});
