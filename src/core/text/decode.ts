// Decodes a file's bytes as UTF-8 or says, at its line and column, why it is not UTF-8 text: binary, UTF-16 (which
// editors on Windows write), or a legacy encoding such as Latin-1 (whose accented letters are not valid UTF-8).
// Memos and datasets are read through it alike, in the CLI and in the editor.

export type Decoded = { text: string } | { line: number; column: number; reason: string };

/** Line and column (1-based, counting bytes) of a byte offset. */
function placeOf(bytes: Uint8Array, at: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < at; index++) {
    if (bytes[index] === 0x0a) {
      line++;
      lineStart = index + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

/** UTF-16 by its byte-order mark, or by the NUL beside every ASCII character when it has none. */
function utf16Order(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'little-endian';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'big-endian';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'little-endian';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'big-endian';
  return undefined;
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix, by bisection; streaming mode accepts a prefix cut inside a character.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle - 1;
    }
  }
  // A prefix that ends inside a character (Latin-1 "é" reads as the lead byte of a longer one) goes wrong at that lead.
  if (completes(bytes.subarray(0, low))) return low;
  let lead = low - 1;
  while (lead > 0 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--;
  return lead;
}

function completes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeUtf8(bytes: Uint8Array): Decoded {
  const order = utf16Order(bytes);
  if (order && (bytes[0] === 0xff || bytes[0] === 0xfe || bytes.includes(0))) return { line: 1, column: 1, reason: `the file is UTF-16 (${order}); save it as UTF-8` };
  // Decoded first, then searched for NUL as text: a string search is several times as fast as a byte search, and
  // only a refused file needs the byte offset.
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = undefined;
  }
  if (text === undefined || text.includes('\0')) {
    const nul = bytes.indexOf(0);
    if (nul >= 0) return { ...placeOf(bytes, nul), reason: 'binary file (NUL byte)' };
  }
  if (text === undefined) return { ...placeOf(bytes, firstInvalidUtf8(bytes)), reason: 'not valid UTF-8 (Latin-1 or another legacy encoding?); save it as UTF-8' };
  return { text };
}
