/** A data file's response; the type names UTF-8, which static hosts mostly take from the extension anyway. */
export function dataResponse(body: string, format: 'json' | 'csv'): Response {
  const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/csv; charset=utf-8; header=present';
  return new Response(body, { headers: { 'Content-Type': type } });
}
