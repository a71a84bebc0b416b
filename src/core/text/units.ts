// Turns a parsed chunk into text units (paragraphs, headings, table rows) whose plain text maps back to
// source offsets. Code, HTML, URLs, link destinations and front matter never reach the plain text.
import type { Nodes, Parents, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { alignValue } from './align.ts';
import { OffsetMap } from './offset-map.ts';
import { directivesIn, factMarkersIn, type Directive } from '../directives.ts';

/** Stands in for inline code, HTML and footnote references: not part of any word or number. */
export const OPAQUE = '\uFFFC';

export type UnitRole = 'paragraph' | 'heading' | 'tableRow' | 'tableHeader';

export interface TextUnit {
  role: UnitRole;
  text: string;
  /** For each UTF-16 unit of text, the source range it came from (offsets relative to the chunk). */
  offsets: OffsetMap;
  /** True for a paragraph inside a list item. */
  inList: boolean;
  /** For table rows: the plain-text range of each cell. */
  cells?: { from: number; to: number }[];
  /** For table rows: the header row's cell texts. */
  header?: string[];
}

export interface ChunkUnits {
  units: TextUnit[];
  /** Raw YAML of the memo's front matter (first chunk only). */
  frontMatter?: string;
  /** The suppression directives of the chunk (offsets and lines relative to it). */
  directives: Directive[];
  /** The fact citation markers of the chunk, at offsets relative to it. */
  factMarkers: { id: string; offset: number }[];
}


/**
 * A chunk is parsed without the rest of the memo, so a footnote or link reference whose definition sits in another
 * chunk stays literal text ("[^uk]", "[label][ref]"). Its label is masked as opaque, as a resolved reference would be.
 */
const UNRESOLVED_REFERENCE = /\[\^[^\]\s]+\]|(?<=\])\[[^\]\n]*\]/g;

function maskUnresolvedReferences(text: string): string {
  return text.replace(UNRESOLVED_REFERENCE, (match) => OPAQUE.repeat(match.length));
}

class UnitBuilder {
  text = '';
  readonly offsets = new OffsetMap();

  constructor(private readonly source: string) {}

  addPhrasing(nodes: readonly PhrasingContent[]): void {
    for (const node of nodes) this.addInline(node);
  }

  private addInline(node: PhrasingContent): void {
    const position = node.position;
    switch (node.type) {
      case 'text':
        if (position?.start.offset === undefined || position.end.offset === undefined) return;
        this.text += node.value;
        alignValue(node.value, this.source, position.start.offset, position.end.offset, this.offsets);
        return;
      case 'break':
        this.addOpaque(node, '\n');
        return;
      case 'inlineCode':
      case 'html':
      case 'footnoteReference':
      case 'image':
      case 'imageReference':
        this.addOpaque(node, OPAQUE);
        return;
      case 'link':
        // An autolink's text is its URL, and URLs hold no claims.
        if (node.children.length === 1 && node.children[0]?.type === 'text' && node.url.endsWith(node.children[0].value)) this.addOpaque(node, OPAQUE);
        else this.addPhrasing(node.children);
        return;
      default:
        if ('children' in node) this.addPhrasing(node.children as PhrasingContent[]);
    }
  }

  private addOpaque(node: Nodes, char: string): void {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    this.text += char;
    this.offsets.add(start, end);
  }

  addSeparator(separator: string, at: number): void {
    for (const char of separator) {
      this.text += char;
      this.offsets.add(at, at);
    }
  }
}

function tableUnits(table: Table, source: string, units: TextUnit[]): void {
  let header: string[] | undefined;
  table.children.forEach((row, rowIndex) => {
    const builder = new UnitBuilder(source);
    const cells: { from: number; to: number }[] = [];
    row.children.forEach((cell, cellIndex) => {
      if (cellIndex > 0) builder.addSeparator(' | ', cell.position?.start.offset ?? 0);
      const from = builder.text.length;
      builder.addPhrasing(cell.children);
      cells.push({ from, to: builder.text.length });
    });
    const unit: TextUnit = {
      role: rowIndex === 0 ? 'tableHeader' : 'tableRow',
      text: maskUnresolvedReferences(builder.text),
      offsets: builder.offsets,
      inList: false,
      cells,
    };
    if (rowIndex === 0) header = cells.map((cell) => builder.text.slice(cell.from, cell.to));
    else unit.header = header;
    units.push(unit);
  });
}

function collect(node: Root | RootContent, source: string, inList: boolean, out: ChunkUnits): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading': {
      const builder = new UnitBuilder(source);
      builder.addPhrasing(node.children);
      out.units.push({ role: node.type, text: maskUnresolvedReferences(builder.text), offsets: builder.offsets, inList });
      return;
    }
    case 'table':
      tableUnits(node, source, out.units);
      return;
    case 'yaml':
      out.frontMatter = node.value;
      return;
    case 'list':
    case 'listItem':
      for (const child of node.children) collect(child, source, true, out);
      return;
    default:
      if ('children' in node) for (const child of (node as Parents).children) collect(child, source, inList, out);
  }
}

/** Suppression directives are HTML comments, as blocks or inline (in a paragraph, heading or table cell): see
 * directives.ts. */
function collectDirectives(node: Root | RootContent, out: ChunkUnits): void {
  if (node.type === 'html' && node.position) {
    const { start, end } = node.position;
    for (const { at, ...directive } of directivesIn(node.value)) {
      out.directives.push({ ...directive, offset: (start.offset ?? 0) + at, line: start.line, endLine: end.line });
    }
    for (const { id, at } of factMarkersIn(node.value)) out.factMarkers.push({ id, offset: (start.offset ?? 0) + at });
  }
  if ('children' in node) for (const child of (node as Parents).children) collectDirectives(child, out);
}

export function unitsOf(tree: Root, source: string): ChunkUnits {
  const out: ChunkUnits = { units: [], directives: [], factMarkers: [] };
  collect(tree, source, false, out);
  collectDirectives(tree, out);
  return out;
}
