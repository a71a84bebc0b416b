// Maps the characters of a text node's decoded value back to the source they came from,
// through escapes (\$), character references (&euro;) and container prefixes (> , indents).
import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { OffsetMap } from './offset-map.ts';

const REFERENCE = /^&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));/;

function decodeReference(source: string, at: number): { decoded: string; length: number } | undefined {
  const match = REFERENCE.exec(source.slice(at, at + 40));
  if (!match) return undefined;
  const [whole, hex, decimal, name] = match;
  let decoded: string | false = false;
  if (hex !== undefined || decimal !== undefined) {
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number.parseInt(decimal ?? '', 10);
    decoded = code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
  } else if (name !== undefined) {
    decoded = decodeNamedCharacterReference(name);
  }
  return decoded === false ? undefined : { decoded, length: whole.length };
}

/**
 * Adds to `offsets`, for each UTF-16 unit of `value`, the source range it came from.
 * `source` is the memo's text; the node occupies [from, to).
 */
export function alignValue(value: string, source: string, from: number, to: number, offsets: OffsetMap): void {
  let at = from;
  let index = 0;
  while (index < value.length) {
    if (at >= to) {
      offsets.add(to, to);
      index++;
      continue;
    }
    const char = source[at];
    if (char === value[index]) {
      offsets.add(at, at + 1);
      at++;
      index++;
      continue;
    }
    if (char === '\\' && source[at + 1] === value[index]) {
      offsets.add(at, at + 2);
      at += 2;
      index++;
      continue;
    }
    if (char === '&') {
      const reference = decodeReference(source, at);
      if (reference && value.startsWith(reference.decoded, index)) {
        for (let unit = 0; unit < reference.decoded.length; unit++) {
          offsets.add(at, at + reference.length);
        }
        at += reference.length;
        index += reference.decoded.length;
        continue;
      }
    }
    // A source character with no counterpart in the value: a container prefix, indent or '\r'.
    at++;
  }
}
