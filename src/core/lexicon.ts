import { buildAutomatonSteps, type Automaton } from './automaton';
import type { CompanyRecord } from './company-record';
import { foldText } from './fold-text';
import { runSteps } from './steps';

/** What one folded pattern stands for. */
export interface PatternInfo {
  /** Index into {@link CompiledLexicon.records}. */
  readonly company: number;
  /** The alias needs contextual evidence before it counts. */
  readonly ambiguous: boolean;
  /** Starts with an Arabic letter (Arabic proclitic rules apply before it). */
  readonly arabic: boolean;
  /** Arabic alias written with the article ال. */
  readonly hasArticle: boolean;
  /** Derived from an ال-alias by dropping the article: only matches after ال / لل in the text. */
  readonly needsArticle: boolean;
  /** The alias as recorded begins with a capital: lower-case text is an ordinary word. */
  readonly capitalised: boolean;
}

/** A lexicon compiled once by `compileLexicon`; treat as opaque. */
export interface CompiledLexicon {
  readonly records: readonly CompanyRecord[];
  readonly byId: ReadonlyMap<string, CompanyRecord>;
  readonly automaton: Automaton;
  /** Pattern id → what it stands for. */
  readonly patterns: readonly PatternInfo[];
}

const ARTICLE = 'ال';

function fold(s: string): string {
  const f = foldText(s);
  let out = '';
  for (let i = 0; i < f.length; i++) out += String.fromCharCode(f.units[i]!);
  return out.trim();
}

function isArabicStart(s: string): boolean {
  const u = s.charCodeAt(0);
  return u >= 0x0600 && u <= 0x06ff;
}

/** Compiles company records into a lexicon. Build it once and reuse it: compiling costs a few milliseconds. */
export function compileLexicon(companies: readonly CompanyRecord[]): CompiledLexicon {
  return runSteps(compileLexiconSteps(companies));
}

/** Records folded per step of {@link compileLexiconSteps}. */
const RECORDS_PER_STEP = 32;

/**
 * {@link compileLexicon} in steps, for a page's main thread: each `yield` is a point where the caller may give
 * the thread back (`for (r = steps.next(); !r.done; r = steps.next()) await nextTask()`).
 */
export function* compileLexiconSteps(
  companies: readonly CompanyRecord[],
): Generator<void, CompiledLexicon, void> {
  const keys: string[] = [];
  const patterns: PatternInfo[] = [];
  const seen = new Map<string, number>();
  const add = (key: string, info: PatternInfo): void => {
    if (key.length === 0) return;
    const existing = seen.get(key);
    // One folded spelling, one meaning: the first record wins, except that an unambiguous reading beats an
    // ambiguous one (e.g. "Noon" and "noon" fold together).
    if (existing !== undefined) {
      const old = patterns[existing]!;
      if ((old.ambiguous && !info.ambiguous) || (old.needsArticle && !info.needsArticle))
        patterns[existing] = info;
      else if (old.company === info.company && old.capitalised !== info.capitalised)
        patterns[existing] = { ...old, capitalised: false };
      return;
    }
    seen.set(key, keys.length);
    keys.push(key);
    patterns.push(info);
  };
  for (let company = 0; company < companies.length; company++) {
    // A step per few records: folding every alias at once was one long task in a cold engine.
    if (company > 0 && company % RECORDS_PER_STEP === 0) yield;
    const record = companies[company]!;
    const ambiguous = new Set(record.ambiguousAliases.map(fold));
    for (const alias of [...record.aliases.en, ...record.aliases.ar]) {
      const key = fold(alias);
      const arabic = isArabicStart(key);
      const hasArticle = arabic && key.startsWith(ARTICLE) && key.length > 3;
      const first = alias.trim().charAt(0);
      const base = {
        company,
        ambiguous: ambiguous.has(key),
        arabic,
        capitalised: first !== first.toLowerCase(),
      };
      add(key, { ...base, hasArticle, needsArticle: false });
      if (hasArticle) add(key.slice(ARTICLE.length), { ...base, hasArticle: false, needsArticle: true });
    }
  }
  yield;
  const automaton = yield* buildAutomatonSteps(keys);
  return {
    records: companies,
    byId: new Map(companies.map((c) => [c.id, c])),
    automaton,
    patterns,
  };
}
