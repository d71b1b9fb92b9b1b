import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { freePort } from './global-setup.ts';

/** A response as it came over the wire: status, headers and the body's bytes, not decompressed. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** GETs a URL with the Accept-Encoding given, and does not decompress what comes back. */
export function getRaw(url: string, acceptEncoding?: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Serves a folder with sirv (`sirv-cli`), a static server like a host's: it sends `page.html.br` or
 * `.gz` when the request accepts it. A site built with a base path is served from a parent folder.
 */
export async function serveStatic(root: string): Promise<{ origin: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/sirv-cli/bin.js', root, '--host', '127.0.0.1', '--port', String(port), '--quiet'], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => void child.kill();
  // Ready when it answers (a 404 for the empty root path is an answer too).
  for (let tries = 0; ; tries++) {
    try {
      await getRaw(`${origin}/`);
      return { origin, stop };
    } catch (error) {
      if (tries > 100) {
        stop();
        throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}
