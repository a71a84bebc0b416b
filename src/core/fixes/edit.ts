// A text edit as the quick fixes compute it: replace source[start, end) with text (offsets in UTF-16 code units).
export interface TextEdit {
  start: number;
  end: number;
  text: string;
  /** Where in `text` the author types next (a waiver's reason): the editor puts the cursor there. */
  caret?: number;
}

/** Applies edits that do not overlap, whatever their order. */
export function applyEdits(source: string, edits: readonly TextEdit[]): string {
  let result = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return result;
}

/** The memo's own line ending, so inserted lines match the rest of the file. */
export function lineEndingOf(source: string): string {
  return source.includes('\r\n') ? '\r\n' : '\n';
}
