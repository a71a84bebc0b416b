// The Claims view: every claim of the active memo (or, after "Check Workspace", of every memo checked), grouped by
// verdict then file, with counts in the group labels, each claim's review state beside it, and the memo's waivers.
// It is rebuilt from the checks already made, when one finishes or a review file changes: it never checks itself.
import * as vscode from 'vscode';
import type { ReviewState } from '../core/review/reviews.ts';
import { VERDICTS, type CheckedClaim, type Verdict, type Waiver } from '../core/types.ts';
import { spanOf } from './diagnostic-specs.ts';
import type { CheckedMemo } from './memo-checker.ts';
import type { ReviewStore } from './reviews.ts';

/** Where the view's memos come from: the open memo's checks, and the workspace check's. */
export interface MemoSource {
  memos(scope: 'active' | 'workspace'): CheckedMemo[];
  readonly onDidChange: vscode.Event<void>;
}

export type ClaimNode =
  | { type: 'verdict'; verdict: Verdict; memos: { memo: CheckedMemo; claims: CheckedClaim[] }[] }
  | { type: 'file'; verdict: Verdict; memo: CheckedMemo; claims: CheckedClaim[] }
  | { type: 'claim'; memo: CheckedMemo; claim: CheckedClaim; review: ReviewState | undefined }
  | { type: 'waivers'; memos: { memo: CheckedMemo; waivers: Waiver[] }[] }
  | { type: 'waiver'; memo: CheckedMemo; waiver: Waiver };

const VERDICT_LABELS: Record<Verdict, string> = { contradicted: 'Contradicted', outdated: 'Outdated', disputed: 'Disputed', unverified: 'Unverified', supported: 'Supported' };
const VERDICT_ICONS: Record<Verdict, vscode.ThemeIcon> = {
  contradicted: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  outdated: new vscode.ThemeIcon('history', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  disputed: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  unverified: new vscode.ThemeIcon('question'),
  supported: new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed')),
};

/** "reviewed: accepted by A. Editor", "review lapsed", or nothing. */
function reviewLabel(state: ReviewState | undefined): string {
  if (!state) return '';
  return state.state === 'lapsed' ? 'review lapsed' : `${state.review.decision} by ${state.review.reviewer}`;
}

/** What a claim item says it can do, for the context menu: `claim`, then `fixable`, `sourced`, `unverified`. */
function contextOf(claim: CheckedClaim): string {
  const fixable = claim.expected !== undefined && (claim.verdict === 'contradicted' || claim.verdict === 'outdated');
  const addable = claim.verdict === 'unverified' && claim.stated !== undefined;
  return ['claim', ...(fixable ? ['fixable'] : []), ...(claim.sources.length > 0 ? ['sourced'] : []), ...(addable ? ['unverified'] : [])].join('.');
}

/** The command that reveals a place of a memo: what selecting an item runs, and the report's Reveal links. */
export function revealCommand(uri: vscode.Uri, claim: Pick<CheckedClaim, 'start' | 'end' | 'value'>): vscode.Command {
  const span = spanOf(claim);
  return { title: 'Reveal', command: 'memocheck.revealClaim', arguments: [uri.toString(), span.startLine, span.startCharacter, span.endLine, span.endCharacter] };
}

export class ClaimsView implements vscode.TreeDataProvider<ClaimNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private scope: 'active' | 'workspace' = 'active';
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private view: vscode.TreeView<ClaimNode> | undefined;
  /** Each memo's review states, read when the tree is rebuilt. */
  private states = new Map<string, Map<CheckedClaim, ReviewState>>();

  constructor(
    private readonly source: MemoSource,
    private readonly reviews: ReviewStore,
  ) {
    this.disposables.push(source.onDidChange(() => this.refresh()), reviews.onDidChange(() => this.refresh()));
  }

  attach(view: vscode.TreeView<ClaimNode>): void {
    this.view = view;
  }

  /** The memos shown now. */
  shown(): CheckedMemo[] {
    return this.source.memos(this.scope);
  }

  /** The active memo alone, or every memo checked. */
  show(scope: 'active' | 'workspace'): void {
    this.scope = scope;
    void vscode.commands.executeCommand('setContext', 'memocheck.claimsScope', scope);
    this.refresh();
  }

  refresh(): void {
    void this.readStates().then(() => this.changed.fire());
  }

  private async readStates(): Promise<void> {
    const memos = this.source.memos(this.scope);
    const states = new Map<string, Map<CheckedClaim, ReviewState>>();
    for (const memo of memos) states.set(memo.uri.toString(), await this.reviews.statesOf(memo.uri, memo.result));
    this.states = states;
    const claims = memos.reduce((sum, memo) => sum + memo.result.claims.length, 0);
    if (this.view) this.view.description = this.scope === 'workspace' ? `${memos.length} memos, ${claims} claims` : claims > 0 ? `${claims} claims` : undefined;
  }

  getChildren(node?: ClaimNode): ClaimNode[] {
    const memos = this.source.memos(this.scope);
    if (!node) {
      const groups: ClaimNode[] = VERDICTS.flatMap((verdict) => {
        const found = memos.map((memo) => ({ memo, claims: memo.result.claims.filter((claim) => claim.verdict === verdict) })).filter((entry) => entry.claims.length > 0);
        return found.length > 0 ? [{ type: 'verdict' as const, verdict, memos: found }] : [];
      });
      const waived = memos.map((memo) => ({ memo, waivers: memo.result.waivers })).filter((entry) => entry.waivers.length > 0);
      return waived.length > 0 ? [...groups, { type: 'waivers', memos: waived }] : groups;
    }
    switch (node.type) {
      case 'verdict':
        return node.memos.map(({ memo, claims }) => ({ type: 'file', verdict: node.verdict, memo, claims }));
      case 'file':
        return node.claims.map((claim) => ({ type: 'claim', memo: node.memo, claim, review: this.states.get(node.memo.uri.toString())?.get(claim) }));
      case 'waivers':
        return node.memos.flatMap(({ memo, waivers }) => waivers.map((waiver) => ({ type: 'waiver' as const, memo, waiver })));
      default:
        return [];
    }
  }

  getTreeItem(node: ClaimNode): vscode.TreeItem {
    const expanded = vscode.TreeItemCollapsibleState.Expanded;
    switch (node.type) {
      case 'verdict': {
        const count = node.memos.reduce((sum, entry) => sum + entry.claims.length, 0);
        const item = new vscode.TreeItem(`${VERDICT_LABELS[node.verdict]} (${count})`, node.verdict === 'supported' ? vscode.TreeItemCollapsibleState.Collapsed : expanded);
        item.iconPath = VERDICT_ICONS[node.verdict];
        item.contextValue = 'verdict';
        return item;
      }
      case 'file': {
        const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(node.memo.uri)} (${node.claims.length})`, expanded);
        item.resourceUri = node.memo.uri;
        item.iconPath = vscode.ThemeIcon.File;
        item.contextValue = 'memo';
        return item;
      }
      case 'claim': {
        const { claim, review } = node;
        const item = new vscode.TreeItem(claim.text, vscode.TreeItemCollapsibleState.None);
        item.description = [reviewLabel(review), `line ${claim.start.line}`].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText(claim.message);
        item.iconPath = review?.state === 'reviewed' ? new vscode.ThemeIcon('check') : VERDICT_ICONS[claim.verdict];
        item.contextValue = contextOf(claim);
        item.command = revealCommand(node.memo.uri, claim);
        item.accessibilityInformation = { label: `${claim.verdict} ${claim.kind} claim ${claim.text}, line ${claim.start.line}${review ? `, ${reviewLabel(review)}` : ''}` };
        return item;
      }
      case 'waivers': {
        const count = node.memos.reduce((sum, entry) => sum + entry.waivers.length, 0);
        const item = new vscode.TreeItem(`Waivers (${count})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.iconPath = new vscode.ThemeIcon('eye-closed');
        return item;
      }
      case 'waiver': {
        const { waiver } = node;
        const hidden = waiver.hides.map((claim) => claim.text).join(', ');
        const item = new vscode.TreeItem(`${waiver.directive}${hidden ? `: ${hidden}` : ''}`, vscode.TreeItemCollapsibleState.None);
        item.description = [waiver.reason ?? 'no reason', waiver.until ? `until ${waiver.until}` : '', `line ${waiver.start.line}`].filter(Boolean).join(' · ');
        item.tooltip = new vscode.MarkdownString().appendText([waiver.reason ?? 'No reason given.', ...waiver.problems].join('\n\n'));
        item.iconPath = waiver.problems.length > 0 ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')) : new vscode.ThemeIcon('eye-closed');
        item.contextValue = 'waiver';
        item.command = revealCommand(node.memo.uri, waiver);
        return item;
      }
    }
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
