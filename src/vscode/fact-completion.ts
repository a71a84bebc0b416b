// Fact ids where a writer types one: after `<!-- memocheck-fact: ` in a memo (the claim before the marker is then
// judged against that fact), and after `supersededBy:` or a disagreement's `fact:` in a fact file. Each item shows
// the fact's subject, metric and value; its documentation is the fact's first source, as text.
import * as vscode from 'vscode';
import type { LoadedFact } from '../core/types.ts';
import type { DatasetManager } from './dataset-manager.ts';

/** The id being typed, by where the cursor stands: in a memo's citation marker, or a fact file's reference field. */
const MEMO_MARKER = /<!--\s*memocheck-fact:[ \t]*([\w.-]*)$/;
const FACT_REFERENCE = /^\s*(?:-\s+)?(?:supersededBy|fact):[ \t]*["']?([\w.-]*)$/;

function valueOf(fact: LoadedFact): string {
  if (fact.value === undefined) return fact.regime ? 'tier definitions' : 'no single value';
  return `${fact.value.toLocaleString('en-US')}${fact.currency ? ` ${fact.currency}` : fact.unit ? ` ${fact.unit}` : ''}, as of ${fact.date}`;
}

function itemOf(fact: LoadedFact, range: vscode.Range, closeMarker: boolean): vscode.CompletionItem {
  const item = new vscode.CompletionItem({ label: fact.id, description: fact.subject.name }, vscode.CompletionItemKind.Reference);
  item.detail = `${fact.subject.name}${fact.metric ? ` — ${fact.metric.name}` : ''}: ${valueOf(fact)}`;
  const source = fact.sources[0];
  if (source) item.documentation = new vscode.MarkdownString().appendText(`${source.title} — ${source.publisher}${source.date ? `, ${source.date}` : ''}`);
  item.range = range;
  item.insertText = closeMarker ? `${fact.id} -->` : fact.id;
  item.filterText = fact.id;
  return item;
}

export class FactIdCompletions implements vscode.CompletionItemProvider {
  static readonly selector: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'yaml' }];
  static readonly triggers = [':', ' '];

  constructor(private readonly datasets: DatasetManager) {}

  async provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
    const line = document.lineAt(position.line).text;
    const before = line.slice(0, position.character);
    const match = (document.languageId === 'markdown' ? MEMO_MARKER : FACT_REFERENCE).exec(before);
    if (!match) return [];
    const typed = match[1] ?? '';
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    const closeMarker = document.languageId === 'markdown' && !line.slice(position.character).trimStart().startsWith('-->');
    const { dataset } = await this.datasets.datasetFor(document.uri);
    return [...dataset.facts.values()].map((fact) => itemOf(fact, range, closeMarker));
  }
}
