/**
 * What a saved article records besides its text: the local summary and the detections (companies, actions,
 * data types, and the data-request sentences). Pure: the content script runs it on save, tests in Node.
 */
import { detect, type CompiledLexicon } from './detect';
import { summarize } from './summarize';
import type { LanguageCode } from './language';
import type { Action, DataType, Mention } from './types';

export interface ArticleDetections {
  companies: string[];
  actions: Action[];
  dataTypes: DataType[];
  sentences: { text: string; companyId: string; action?: Action; dataTypes: DataType[] }[];
}

export interface ArticleAnalysis {
  summary: string[];
  detections: ArticleDetections;
}

const MAX_SENTENCES = 200;
const MAX_SENTENCE_CHARS = 2_000;

/** Detects over paragraphs (blank-line separated, as extraction writes them) and summarises the whole text. */
export function analyzeArticle(text: string, lexicon: CompiledLexicon, lang?: LanguageCode): ArticleAnalysis {
  const mentions: Mention[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n\n')) {
    for (const m of detect(paragraph, lexicon)) {
      mentions.push({
        ...m,
        start: m.start + offset,
        end: m.end + offset,
        sentenceStart: m.sentenceStart + offset,
        sentenceEnd: m.sentenceEnd + offset,
      });
    }
    offset += paragraph.length + 2;
  }
  const data = mentions.filter((m) => m.kind === 'data');
  const summary = summarize(text, {
    ...(lang ? { lang } : {}),
    dataRequests: data.map((m) => ({ start: m.sentenceStart, end: m.sentenceEnd })),
  });
  const seen = new Set<string>();
  const sentences: ArticleDetections['sentences'] = [];
  for (const m of data) {
    const key = `${m.companyId}:${m.sentenceStart}`;
    if (seen.has(key) || sentences.length >= MAX_SENTENCES) continue;
    seen.add(key);
    sentences.push({
      text: text.slice(m.sentenceStart, m.sentenceEnd).trim().slice(0, MAX_SENTENCE_CHARS),
      companyId: m.companyId,
      ...(m.action ? { action: m.action } : {}),
      dataTypes: m.dataTypes,
    });
  }
  return {
    summary: summary.sentences.map((s) => s.text.trim().slice(0, MAX_SENTENCE_CHARS)),
    detections: {
      companies: unique(mentions.map((m) => m.companyId)),
      actions: unique(data.flatMap((m) => (m.action ? [m.action] : []))),
      dataTypes: unique(data.flatMap((m) => m.dataTypes)),
      sentences,
    },
  };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
