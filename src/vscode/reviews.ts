// A memo's review sign-offs in the editor: read from `<memo>.reviews.json` beside it (kept fresh by a file watcher),
// given to the hover, the Claims view and the report, and written when an editor marks a claim reviewed.
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check.ts';
import type { Decision, Review, ReviewState } from '../core/review/reviews.ts';
import type { CheckedClaim } from '../core/types.ts';
import { engine } from './engine-loader.ts';
import type { Log } from './log.ts';
import { readText } from './read-text.ts';

const REVIEW_FILE_LIMIT = { bytes: 4 * 1024 * 1024, why: 'a review file holds a few hundred short entries' };

/** The review file's address for a memo: beside it, `brief.md` → `brief.reviews.json`. */
const reviewFileUri = (memo: vscode.Uri): vscode.Uri => memo.with({ path: engine().reviewFileOf(memo.path) });

export class ReviewStore implements vscode.Disposable {
  private readonly loaded = new Map<string, Promise<Review[]>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with a review file's address when it changes on disk or is written here. */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly log: Log) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.reviews.json');
    const forget = (uri: vscode.Uri): void => {
      this.loaded.delete(uri.toString());
      this.changed.fire(uri);
    };
    this.disposables.push(watcher, watcher.onDidChange(forget), watcher.onDidCreate(forget), watcher.onDidDelete(forget));
  }

  /** Whether a memo can have reviews: only a memo saved as a file has a place beside it for them. */
  static canReview(memo: vscode.Uri): boolean {
    return memo.scheme !== 'untitled';
  }

  reviewsOf(memo: vscode.Uri): Promise<Review[]> {
    if (!ReviewStore.canReview(memo)) return Promise.resolve([]);
    const file = reviewFileUri(memo);
    const key = file.toString();
    let reviews = this.loaded.get(key);
    if (!reviews) {
      reviews = this.read(file);
      this.loaded.set(key, reviews);
    }
    return reviews;
  }

  async statesOf(memo: vscode.Uri, result: CheckResult): Promise<Map<CheckedClaim, ReviewState>> {
    return engine().reviewStates(result.claims, result.facts, await this.reviewsOf(memo));
  }

  /** Records a review of one claim, replacing any earlier one of it, and writes the file. */
  async record(memo: vscode.Uri, result: CheckResult, claim: CheckedClaim, decision: Decision, reviewer: string, note: string | undefined): Promise<void> {
    const { reviewOf, withReview } = engine();
    const fact = claim.factId === null ? undefined : result.facts.get(claim.factId);
    const review = reviewOf(claim, fact, decision, reviewer, new Date().toISOString().slice(0, 10), note);
    const file = reviewFileUri(memo);
    const text = withReview(await this.reviewsOf(memo), review);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    this.loaded.delete(file.toString());
    this.changed.fire(file);
  }

  private async read(file: vscode.Uri): Promise<Review[]> {
    const read = await readText(file, REVIEW_FILE_LIMIT);
    if ('error' in read) {
      if (read.error !== 'file not found') this.log.warn(`${file.toString()}: ${read.error}; its reviews are not counted`);
      return [];
    }
    const { reviews, problems } = engine().parseReviews(file.toString(), read.text.replace(/^\uFEFF/, ''));
    for (const problem of problems) this.log.warn(`${problem.file}:${problem.line}:${problem.column}: ${problem.message}; its reviews are not counted`);
    return reviews;
  }

  dispose(): void {
    for (const disposable of this.disposables) disposable.dispose();
  }
}
