// Dataset text and file names are other people's: before they reach a terminal, control characters (ANSI and OSC 8
// escapes, bidi overrides) become visible escapes and line breaks spaces, so nothing they hold can forge a line of
// output or drive the terminal.

/** C0 and C1 controls, DEL, and the marks that reorder text (bidi embeddings, overrides, isolates). */
function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x61c || code === 0x200e || code === 0x200f || (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
}

/** Text made safe to print on one line. */
export function inert(text: string): string {
  let out = '';
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0x09 || code === 0x0a || code === 0x0d) out += out.endsWith(' ') ? '' : ' ';
    else if (isControl(code)) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += text[index];
  }
  return out;
}
