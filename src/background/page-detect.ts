/**
 * Detection for the content scripts ('page/detect'). It runs here, not on the page's thread: the classifier's
 * cue tables take about 40 ms to build in a fresh page's cold engine, and every page that names a company
 * paid that; here they are built once per worker, in a warm engine, and detection never holds up the page.
 * The lexicon (with the user's companies) is compiled once and kept until those change. Nothing here is
 * truth: a stopped worker derives it all again from the bundle and the database on its next request.
 */
import {
  companyLabels,
  compileLexicon,
  detectWithKnown,
  type CompanyLabel,
  type CompanyRecord,
  type CompiledLexicon,
  type RemoteDetection,
} from '../core';
import { companiesWith } from '../core/lexicon-data';
import type { DetectWindow } from '../shared/schemas';

export interface PageDetector {
  /** One result per window, in order, and the labels of the companies found (with their parents). */
  detect(
    windows: readonly DetectWindow[],
  ): Promise<{ results: RemoteDetection[]; companies: CompanyLabel[] }>;
  /** The lexicon detection uses now (bundled and user companies): also what a saved article is read with. */
  lexicon(): Promise<CompiledLexicon>;
  /** The user's companies or aliases changed: the next request compiles the lexicon again. */
  invalidate(): void;
}

/** `userCompanies`: the user's companies and aliases, as the database has them now. */
export function createPageDetector(userCompanies: () => Promise<CompanyRecord[]>): PageDetector {
  let compiling: Promise<CompiledLexicon> | undefined;
  async function lexicon(): Promise<CompiledLexicon> {
    const current = (compiling ??= userCompanies().then((user) => compileLexicon(companiesWith(user))));
    try {
      return await current;
    } catch (error) {
      // Not kept: the next request tries the database again.
      if (compiling === current) compiling = undefined;
      throw error;
    }
  }
  return {
    lexicon,
    async detect(windows) {
      const compiled = await lexicon();
      const results = windows.map(({ text, known }) => detectWithKnown(text, compiled, known));
      const found = new Set<string>();
      for (const r of results) for (const m of r.found) found.add(m.mention.companyId);
      return { results, companies: companyLabels(compiled, found) };
    },
    invalidate() {
      compiling = undefined;
    },
  };
}
