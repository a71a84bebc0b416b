// Suppression directives, HTML comments that render as nothing, in the manner of markdownlint's:
//   <!-- memocheck-disable -->  …  <!-- memocheck-enable -->   claims between them are hidden
//   <!-- memocheck-disable-file -->                             every claim of the memo is hidden
//   <!-- memocheck-ignore-line -->, <!-- memocheck-ignore-next-line -->   the claims of one line
// Each may name claim kinds (tier, amount, benchmark) or fact ids after it, and then holds for those alone:
//   <!-- memocheck-disable benchmark -->, <!-- memocheck-ignore-line big-fund-iii.registered-capital -->.

export type DirectiveName = 'disable' | 'enable' | 'disable-file' | 'ignore-line' | 'ignore-next-line';

export interface Directive {
  name: DirectiveName;
  /** Claim kinds or fact ids it holds for; empty: every claim. */
  targets: string[];
  /** Source offset of the comment (chunk-relative while a chunk is analysed). */
  offset: number;
  /** The 1-based line the comment starts on and the one it ends on. */
  line: number;
  endLine: number;
}

/** A whole directive comment; the names are matched longest first, so "disable-file" is not read as "disable". */
const DIRECTIVE = /<!--\s*memocheck-(disable-file|disable|enable|ignore-next-line|ignore-line)((?:[ \t]+[A-Za-z0-9][\w.-]*)*)\s*-->/g;

/** The directives an HTML node's text holds, each with its place in the node. */
export function directivesIn(html: string): { name: DirectiveName; targets: string[]; at: number }[] {
  return [...html.matchAll(DIRECTIVE)].map((match) => ({ name: match[1] as DirectiveName, targets: (match[2] ?? '').trim().split(/\s+/).filter(Boolean), at: match.index }));
}

interface Hideable {
  offset: number;
  line: number;
  kind: string;
  factId: string | null;
}

/** Which targets a scope hides: all of them but `except`, or only `only`. */
class Scope {
  private all = false;
  private readonly except = new Set<string>();
  private readonly only = new Set<string>();

  disable(targets: readonly string[]): void {
    if (targets.length === 0) {
      this.all = true;
      this.except.clear();
    } else {
      for (const target of targets) {
        if (this.all) this.except.delete(target);
        else this.only.add(target);
      }
    }
  }

  enable(targets: readonly string[]): void {
    if (targets.length === 0) {
      this.all = false;
      this.only.clear();
    } else {
      for (const target of targets) {
        if (this.all) this.except.add(target);
        else this.only.delete(target);
      }
    }
  }

  hides(claim: Hideable): boolean {
    const named = [claim.kind, ...(claim.factId ? [claim.factId] : [])];
    return this.all ? !named.some((target) => this.except.has(target)) : named.some((target) => this.only.has(target));
  }
}

const names = (targets: readonly string[], claim: Hideable): boolean => targets.length === 0 || targets.includes(claim.kind) || (claim.factId !== null && targets.includes(claim.factId));

/** The claims the directives hide, in one pass over both in memo order. */
export function hiddenClaims<T extends Hideable>(claims: readonly T[], directives: readonly Directive[]): Set<T> {
  const file = new Scope();
  const byLine = new Map<number, string[][]>();
  const inOrder: Directive[] = [];
  for (const directive of directives) {
    if (directive.name === 'disable-file') file.disable(directive.targets);
    else if (directive.name === 'disable' || directive.name === 'enable') inOrder.push(directive);
    else {
      const line = directive.name === 'ignore-line' ? directive.line : directive.endLine + 1;
      byLine.set(line, [...(byLine.get(line) ?? []), directive.targets]);
    }
  }
  inOrder.sort((a, b) => a.offset - b.offset);
  const range = new Scope();
  const hidden = new Set<T>();
  let next = 0;
  for (const claim of [...claims].sort((a, b) => a.offset - b.offset)) {
    for (; next < inOrder.length && (inOrder[next] as Directive).offset < claim.offset; next++) {
      const directive = inOrder[next] as Directive;
      if (directive.name === 'disable') range.disable(directive.targets);
      else range.enable(directive.targets);
    }
    if (file.hides(claim) || range.hides(claim) || (byLine.get(claim.line) ?? []).some((targets) => names(targets, claim))) hidden.add(claim);
  }
  return hidden;
}
