/** RFC 4180 CSV: every field quoted, quotes doubled, CRLF line ends (what spreadsheets expect). */
export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  const field = (v: string | number | boolean | null | undefined) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
