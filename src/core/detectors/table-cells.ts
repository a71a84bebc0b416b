// A table's cells: a number alone in a cell is a claim, measured in the unit its column header names
// ("Memory (GB)", "Share (%)"), else a score or a count; a column that labels (Tier, Rank, Year) holds no claims.
import type { ScannedFigure } from '../text/scan-figures.ts';
import { tokenize } from '../text/tokens.ts';
import type { UnitView } from './detector.ts';

/** The unit a column header names, read with the lexicon's unit spellings. */
function headerUnit(view: UnitView, header: string): string | undefined {
  for (let at = 0; at < header.length; at++) {
    if (at > 0 && !/[\s([/]/.test(header[at - 1] ?? '')) continue;
    const spelled = view.lexicon.afterNumber.at(header, at);
    if (spelled?.payload.unit !== undefined) return spelled.payload.unit;
  }
  return undefined;
}

/** For a number that fills a table cell (not the row's label), the unit to read it in. */
export function tableCellUnit(view: UnitView, figure: ScannedFigure): string | undefined {
  const { cells, header, role } = view.unit;
  if (role !== 'tableRow' || !cells || !header) return undefined;
  const index = cells.findIndex((cell) => figure.from >= cell.from && figure.to <= cell.to);
  const cell = cells[index];
  if (index <= 0 || !cell || view.text.slice(cell.from, cell.to).trim() !== view.text.slice(figure.from, figure.to)) return undefined;
  const title = header[index] ?? '';
  if (tokenize(title).some((token) => view.lexicon.labelHeaders.has(token.norm))) return undefined;
  const named = headerUnit(view, title);
  if (named !== undefined) return named;
  return figure.written.includes('.') || figure.low <= 100 ? 'score' : 'count';
}
