// @ts-check
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { existsSync, readdirSync } from 'node:fs';
import { isPlaceholder, readSettings, reportFolder } from './scripts/report-folder.ts';
import rehypeParagraphs from './src/plugins/rehype-paragraphs.ts';
import rehypeSic from './src/plugins/rehype-sic.ts';
import remarkCrossReferences from './src/plugins/remark-cross-references.ts';
import remarkFollowUpLinks from './src/plugins/remark-follow-up-links.ts';
import remarkFootnoteRefs from './src/plugins/remark-footnote-refs.ts';
import remarkHtmlAsText from './src/plugins/remark-html-as-text.ts';
import remarkPlaceholderLinks from './src/plugins/remark-placeholder-links.ts';
import remarkUnsafeLinksAsText from './src/plugins/remark-unsafe-links-as-text.ts';

// Where the site is served: BASE=/sub-path/ for a sub-path; SITE, or the report's report.yaml, for canonical URLs.
const base = process.env.BASE ?? '/';
const settings = readSettings(reportFolder().settings);
const site = process.env.SITE ?? settings.site ?? 'https://example.org';
// A release names its real address in every canonical URL, citation and data file: building one with a
// placeholder (example.org, localhost) fails, unless LOCAL_BUILD=1 says the build is for this machine (npm start, the tests).
if (process.argv.includes('build') && isPlaceholder(site) && process.env.LOCAL_BUILD !== '1') {
  throw new Error(
    `the site's address is a placeholder (${site}): set SITE=https://… or \`site:\` in the report's report.yaml, or LOCAL_BUILD=1 for a local build`,
  );
}

// Whether the parser found the report's statement on the follow-up of earlier recommendations (content/follow-up/).
const followUpDir = `${process.env.CONTENT_DIR || './content'}/follow-up`;
const followUp = existsSync(followUpDir) && readdirSync(followUpDir).some((name) => name.endsWith('.md'));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // sitemap-index.xml and sitemap-0.xml, every page with the base path; robots.txt points to it.
  integrations: [sitemap({ filter: (page) => !/\/r\/\d+\/$/.test(new URL(page).pathname) })],
  markdown: {
    processor: unified({
      // The report's quotes and dashes are printed as they are: no "smart" rewriting.
      smartypants: false,
      remarkPlugins: [
        remarkHtmlAsText,
        remarkUnsafeLinksAsText,
        remarkPlaceholderLinks,
        remarkFootnoteRefs,
        [remarkCrossReferences, { base }],
        [remarkFollowUpLinks, { base, followUp }],
      ],
      rehypePlugins: [rehypeSic, [rehypeParagraphs, { base }]],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
    // Scripts as files, never inlined: cached across pages, and Astro 7 leaves a broken
    // __VITE_PRELOAD__ marker in inlined scripts with a dynamic import (withastro/astro#17265).
    build: { assetsInlineLimit: 0 },
  },
});
