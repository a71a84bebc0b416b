// Hover on a claim: verdict, claimed and reference values, sources and the fact's dataset file (hover-content.ts).
import * as vscode from 'vscode';
import type { FactOrigin } from '../core/types.ts';
import { claimsAt } from './claims-at.ts';
import { hoverMarkdown } from './hover-content.ts';
import type { MemoChecker } from './memo-checker.ts';
import type { ReviewStore } from './reviews.ts';
import { readSettings } from './settings.ts';

function datasetLabel(origin: FactOrigin): string {
  const uri = vscode.Uri.parse(origin.file);
  const name = origin.bundled ? `bundled dataset, ${uri.path.slice(1)}` : vscode.workspace.asRelativePath(uri);
  return `${name}, line ${origin.line}`;
}

export class ClaimHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly checker: MemoChecker,
    private readonly reviews: ReviewStore,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const result = this.checker.resultFor(document.uri);
    // A result for other text (an edit not yet re-checked) would describe whatever now stands at its offsets.
    if (!result || result.text !== document.getText()) return undefined;
    const found = claimsAt(result, new vscode.Range(position, position))[0];
    if (!found) return undefined;
    const fact = found.claim.factId === null ? undefined : result.facts.get(found.claim.factId);
    // Untrusted: no command links run, no HTML renders, no theme icons from data.
    // A claim shown as a diagnostic has its message in the same hover already.
    const messageShown = readSettings(document.uri).severities[found.claim.verdict] !== 'off';
    const review = (await this.reviews.statesOf(document.uri, result)).get(found.claim);
    const markdown = new vscode.MarkdownString(hoverMarkdown(found.claim, fact, fact && datasetLabel(fact.origin), messageShown, review));
    markdown.isTrusted = false;
    markdown.supportHtml = false;
    markdown.supportThemeIcons = false;
    return new vscode.Hover(markdown, found.range);
  }
}
