// Suppression directives, HTML comments that render as nothing, in the manner of markdownlint's:
//   <!-- memocheck-ignore -->                                   the next claim
//   <!-- memocheck-ignore-line -->, <!-- memocheck-ignore-next-line -->   the claims of one line
//   <!-- memocheck-disable -->  …  <!-- memocheck-enable -->   claims between them are hidden
//   <!-- memocheck-disable-file -->                             every claim of the memo is hidden
// Each may name claim kinds (tier, amount, benchmark) or fact ids after it, and then holds for those alone:
//   <!-- memocheck-disable benchmark -->, <!-- memocheck-ignore-line big-fund-iii.registered-capital -->.
// Each is a waiver, and says why and until when: <!-- memocheck-ignore reason="agreed with legal" until=2026-12-31 -->.
// A waiver with no reason is a warning; once the memo's date or today is past its `until`, it hides nothing and is
// a warning itself.

export type DirectiveName = 'disable' | 'enable' | 'disable-file' | 'ignore' | 'ignore-line' | 'ignore-next-line';

export interface Directive {
  name: DirectiveName;
  /** Claim kinds or fact ids it holds for; empty: every claim. */
  targets: string[];
  reason?: string;
  /** The last day it holds, as written. */
  until?: string;
  /** Fields it gives that no waiver has. */
  unknown: string[];
  /** Source offset of the comment (chunk-relative while a chunk is analysed) and its length. */
  offset: number;
  length: number;
  /** The 1-based line the comment starts on and the one it ends on. */
  line: number;
  endLine: number;
}

/** A whole directive comment; the names are matched longest first, so "disable-file" is not read as "disable". */
const DIRECTIVE = /<!--\s*memocheck-(disable-file|disable|enable|ignore-next-line|ignore-line|ignore)((?:[ \t]+[A-Za-z0-9][\w.-]*(?:=(?:"[^"\n]*"|[\w.-]*))?)*)\s*-->/g;
/** One word of a directive: a target, or a field with its value (quoted, or a plain word). */
const WORD = /([A-Za-z0-9][\w.-]*)(?:=(?:"([^"\n]*)"|([\w.-]*)))?/g;

export type WrittenDirective = Pick<Directive, 'name' | 'targets' | 'reason' | 'until' | 'unknown' | 'length'> & { at: number };

/** The directives an HTML node's text holds, each with its place in the node. */
export function directivesIn(html: string): WrittenDirective[] {
  return [...html.matchAll(DIRECTIVE)].map((match) => {
    const directive: WrittenDirective = { name: match[1] as DirectiveName, targets: [], unknown: [], at: match.index, length: match[0].length };
    for (const word of (match[2] ?? '').matchAll(WORD)) {
      const [, name = '', quoted, plain] = word;
      const value = quoted ?? plain;
      if (value === undefined) directive.targets.push(name);
      else if (name === 'reason') directive.reason = value.trim();
      else if (name === 'until') directive.until = value;
      else directive.unknown.push(name);
    }
    return directive;
  });
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

/** The claims the directives hide, each with the directive that hides it, in one pass over both in memo order. */
export function hiddenClaims<T extends Hideable>(claims: readonly T[], directives: readonly Directive[]): Map<T, Directive> {
  // Most memos have no directive: then no claim is read, as a re-check of a long memo would on every keystroke.
  if (directives.length === 0) return new Map();
  const file = new Scope();
  let fileDirective: Directive | undefined;
  const byLine = new Map<number, Directive[]>();
  const inOrder: Directive[] = [];
  for (const directive of directives) {
    if (directive.name === 'disable-file') {
      file.disable(directive.targets);
      fileDirective ??= directive;
    } else if (directive.name === 'disable' || directive.name === 'enable' || directive.name === 'ignore') inOrder.push(directive);
    else {
      const line = directive.name === 'ignore-line' ? directive.line : directive.endLine + 1;
      byLine.set(line, [...(byLine.get(line) ?? []), directive]);
    }
  }
  inOrder.sort((a, b) => a.offset - b.offset);
  const range = new Scope();
  /** The directive that opened the range scope last. */
  let rangeDirective: Directive | undefined;
  /** `ignore` directives passed and not yet spent on a claim. */
  const next: Directive[] = [];
  const hidden = new Map<T, Directive>();
  let at = 0;
  for (const claim of [...claims].sort((a, b) => a.offset - b.offset)) {
    for (; at < inOrder.length && (inOrder[at] as Directive).offset < claim.offset; at++) {
      const directive = inOrder[at] as Directive;
      if (directive.name === 'ignore') next.push(directive);
      else if (directive.name === 'disable') {
        range.disable(directive.targets);
        rangeDirective = directive;
      } else range.enable(directive.targets);
    }
    const waiting = next.findIndex((directive) => names(directive.targets, claim));
    const by = file.hides(claim) ? fileDirective
      : range.hides(claim) ? rangeDirective
        : (byLine.get(claim.line) ?? []).find((directive) => names(directive.targets, claim)) ?? (waiting >= 0 ? next.splice(waiting, 1)[0] : undefined);
    if (by) hidden.set(claim, by);
  }
  return hidden;
}

/** A citation marker, `<!-- memocheck-fact: big-fund-iii.registered-capital -->`: the claim it follows is judged
 * against that fact, with no binding of its own (see analyze.ts). */
const FACT_MARKER = /<!--\s*memocheck-fact:[ \t]*([A-Za-z0-9][\w.-]*)[ \t]*-->/g;

export function factMarkersIn(html: string): { id: string; at: number }[] {
  return [...html.matchAll(FACT_MARKER)].map((match) => ({ id: match[1] ?? '', at: match.index }));
}
