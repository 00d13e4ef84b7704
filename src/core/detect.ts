import type { Mention } from './types';

/** One company record as stored in data/companies.json (see docs/DATA-FORMATS.md). */
export interface CompanyRecord {
  id: string;
  name: string;
  kind: string;
  parent: string | null;
  aliases: { en: string[]; ar: string[] };
  ambiguousAliases: string[];
  domain: string | null;
  sources: string[];
}

/** A lexicon compiled once by {@link compileLexicon}; treat as opaque. */
export interface CompiledLexicon {
  readonly companies: ReadonlyMap<string, CompanyRecord>;
}

/** Options for {@link detect}. */
export interface DetectOptions {
  /** Ids of companies mentioned unambiguously elsewhere on the page. */
  pageCompanies?: ReadonlySet<string>;
}

/** Compiles company records into a lexicon for {@link detect}. Build it once and reuse it. */
export function compileLexicon(companies: readonly CompanyRecord[]): CompiledLexicon {
  return { companies: new Map(companies.map((c) => [c.id, c])) };
}

/** All mentions in `text`, offsets into the original string. Options: extra page-level evidence. */
export function detect(_text: string, _lexicon: CompiledLexicon, _options?: DetectOptions): Mention[] {
  return [];
}

/** The company record with this id, if the lexicon has it. */
export function companyById(lexicon: CompiledLexicon, id: string): CompanyRecord | undefined {
  return lexicon.companies.get(id);
}
