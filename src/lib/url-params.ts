/**
 * Reading what a URL carries (`?q=…`, filters, `?highlight=…`, `#p-57`) without ever throwing:
 * a reader or a link may hand the page any bytes, and malformed input is ignored.
 */

/** A `%` that starts no escape ("77.5%"): the URL standard keeps it as a literal percent sign. */
const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/g;

/**
 * Percent-decodes a piece of a URL, or returns null when its escapes are not UTF-8
 * (`%E0%A4%A`, `%FF`), where `decodeURIComponent` throws "URI malformed".
 */
export function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(LONE_PERCENT, '%25'));
  } catch {
    return null;
  }
}

/** The id a URL's fragment names (`#p-57` → "p-57"), or null when there is none or it is malformed. */
export function fragmentId(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  return raw ? safeDecode(raw) : null;
}

/**
 * A query string's parameters, as `URLSearchParams` reads them (`+` is a space), but a parameter
 * whose name or value is malformed is left out, instead of being read with U+FFFD in its place.
 */
export function readQuery(search: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const [name, value] = (at === -1 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)]).map((part) =>
      safeDecode(part.replaceAll('+', ' ')),
    );
    if (name !== null && value !== null) params.append(name, value);
  }
  return params;
}
