import { UserError } from './errors.js';

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes as text, or the line of the first byte that is not UTF-8. A BOM is kept, as `Buffer#toString` keeps it. */
export type Decoded = { text: string } | { invalidLine: number };

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    // Decoded leniently and encoded again, the text differs from the bytes first where they were not UTF-8.
    const again = Buffer.from(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'utf8');
    let at = 0;
    while (at < bytes.length && bytes[at] === again[at]) at++;
    let line = 1;
    for (let i = 0; i < at; i++) if (bytes[i] === 10) line++;
    return { invalidLine: line };
  }
}

/** The text of a file's bytes; a file that is not UTF-8 is a UserError at the line where it stops being so. */
export function fileText(path: string, decoded: Decoded): string {
  if ('text' in decoded) return decoded.text;
  throw new UserError(`the file is not UTF-8 text: line ${decoded.invalidLine} has a byte that is not UTF-8`, {
    location: { file: path, line: decoded.invalidLine },
    hint: 'Save the file as UTF-8 (prompt and config files are read as UTF-8, as gh models reads them).',
  });
}
