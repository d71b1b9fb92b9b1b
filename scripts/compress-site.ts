/**
 * Writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every text file of the built site, for
 * hosts that serve precompressed files (sirv, nginx `gzip_static`/`brotli_static`, Caddy
 * `precompressed`). Runs last in `npm run build`, after the search index. The output is the same
 * bytes on every build: the determinism gate compares two builds.
 *
 *   node scripts/compress-site.ts [--site dist]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files worth compressing: text. Pagefind's index chunks and WebAssembly are compressed by Pagefind itself. */
const TEXT = /\.(html|css|js|mjs|json|xml|svg|csv|txt)$/;
/** Below this size a compressed copy saves too little to be worth a file (and a request may even grow). */
const MIN_BYTES = 1024;

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });

let files = 0;
let before = 0;
let after = 0;
for (const entry of readdirSync(values.site, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !TEXT.test(entry.name)) continue;
  const path = join(entry.parentPath, entry.name);
  const bytes = readFileSync(path);
  if (bytes.length < MIN_BYTES) continue;
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  // Node's gzip header has no file name and a zero time stamp: the same input gives the same bytes.
  const gzip = gzipSync(bytes, { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(`${path}.br`, brotli);
  writeFileSync(`${path}.gz`, gzip);
  files += 1;
  before += bytes.length;
  after += brotli.length;
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
console.log(`compress-site: ${files} files, .br and .gz beside each (${kb(before)} → ${kb(after)} with Brotli)`);
