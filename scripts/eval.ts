/**
 * Measures the detector on a labelled JSONL file (format: ../shared/eval/README.md).
 *
 *   npm run eval -- FILE.jsonl          per-language metrics, then every error with its evidence
 *   npm run eval -- FILE.jsonl --json   exactly one JSON object on stdout
 *
 * Companies are compared as sets of canonical names per sentence; a detected record matches a labelled
 * name equal to its name or to one of its English aliases ("Twitter Inc." ↔ "Twitter"). A sentence is a
 * data request when one of its mentions is kind 'data' with a data-access action (requested, obtained,
 * shared, sold) — leaks by attackers and bare fines are highlighted but are not data requests, as labelled.
 *
 * The labels follow "a product name alone is not its parent company" and do not list product names at all
 * (Siri, Alexa, iPhone, Messenger…). The lexicon keeps product lines as records of their own (so that the page
 * can link them to reporting) but has no field that marks them, so the product lines are listed here.
 */
import { readFileSync } from 'node:fs';
import { DATA_ACCESS_ACTIONS, compileLexicon, detect, normalize } from '../src/core/index';
import type { CompanyRecord, Mention } from '../src/core/index';
import { bundledCompanies } from '../src/core/lexicon-data';

interface Row {
  id: string;
  lang: 'en' | 'ar';
  text: string;
  companies: string[];
  data_request: boolean;
  data_types: string[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

interface LangCounts {
  company: Counts;
  dataRequest: Counts;
  dataTypes: Counts;
}

/** Records that are product lines of their parent, not companies (see the header comment). */
const PRODUCT_LINES: ReadonlySet<string> = new Set([
  'alexa',
  'amazon-echo',
  'amazon-web-services',
  'android',
  'bing',
  'chrome',
  'gmail',
  'google-assistant',
  'google-maps',
  'google-street-view',
  'icloud',
  'iphone',
  'messenger',
  'outlook',
  'siri',
  'xbox',
]);

const key = (s: string): string => normalize(s).text.replace(/[^\p{L}\p{N}]+/gu, '');

function namesOf(record: CompanyRecord): Set<string> {
  return new Set([record.name, ...record.aliases.en].map(key));
}

function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const r = (x: number): number => Math.round(x * 1000) / 1000;
  return { precision: r(precision), recall: r(recall), f1: r(f1) };
}

function add(c: Counts, gold: ReadonlySet<string>, predicted: ReadonlySet<string>): void {
  for (const p of predicted)
    if (gold.has(p)) c.tp++;
    else c.fp++;
  for (const g of gold) if (!predicted.has(g)) c.fn++;
}

const empty = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    process.stderr.write('usage: npm run eval -- FILE.jsonl [--json]\n');
    process.exit(2);
  }
  const rows = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
  const lexicon = compileLexicon(bundledCompanies);
  const byId = new Map(bundledCompanies.map((c) => [c.id, c]));
  const counts: Record<string, LangCounts> = {};
  const errors: string[] = [];
  for (const row of rows) {
    const c = (counts[row.lang] ??= { company: empty(), dataRequest: empty(), dataTypes: empty() });
    const mentions = detect(row.text, lexicon);
    const gold = new Set(row.companies.map(key));
    // A detected record counts as the labelled name it matches, else as its own canonical name.
    const predicted = new Set(
      mentions
        .filter((m) => !PRODUCT_LINES.has(m.companyId))
        .map((m) => {
          const names = namesOf(byId.get(m.companyId)!);
          return [...gold].find((g) => names.has(g)) ?? key(byId.get(m.companyId)!.name);
        }),
    );
    add(c.company, gold, predicted);
    const dr = mentions.some(
      (m) => m.kind === 'data' && m.action !== undefined && DATA_ACCESS_ACTIONS.has(m.action),
    );
    add(c.dataRequest, row.data_request ? new Set(['y']) : new Set(), dr ? new Set(['y']) : new Set());
    const types = new Set(
      mentions.filter((m) => m.kind === 'data' || m.action === 'denied').flatMap((m) => m.dataTypes),
    );
    add(c.dataTypes, new Set(row.data_types), types);
    const companyError = [...predicted].some((p) => !gold.has(p)) || [...gold].some((g) => !predicted.has(g));
    if (companyError || dr !== row.data_request)
      errors.push(describe(row, mentions, [...gold], [...predicted], dr));
  }
  const result: Record<string, unknown> = {};
  for (const [lang, c] of Object.entries(counts))
    result[lang] = { company: prf(c.company), dataRequest: prf(c.dataRequest), dataTypes: prf(c.dataTypes) };
  if (json) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  for (const [lang, r] of Object.entries(result)) process.stdout.write(`${lang}: ${JSON.stringify(r)}\n`);
  process.stdout.write(`\n${errors.length} sentences with errors:\n\n${errors.join('\n')}`);
}

function describe(
  row: Row,
  mentions: readonly Mention[],
  gold: string[],
  predicted: string[],
  dr: boolean,
): string {
  const lines = [
    `${row.id} [${row.lang}] data_request gold=${row.data_request} predicted=${dr}`,
    `  ${row.text}`,
    `  companies gold=${JSON.stringify(gold)} predicted=${JSON.stringify(predicted)}`,
  ];
  for (const m of mentions)
    lines.push(
      `  - ${m.alias} → ${m.companyId} ${m.kind}${m.action ? `/${m.action}` : ''} ${m.evidence.join('; ')}`,
    );
  return `${lines.join('\n')}\n`;
}

// `npm run eval -- … | head` closes the pipe early: that is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));
main();
