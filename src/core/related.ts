/**
 * Ranks the reporting related to one mention. Bundled reports and the user's saved articles are ranked alike:
 * both are what a mention links to. Pure and deterministic: the same query over the same candidates gives the
 * same list, whatever order the candidates come in.
 */
import type { Action, DataType } from './types';

/** What a mention asks for: its company, and what its sentence says about data. */
export interface RelatedQuery {
  companyId: string;
  action?: Action | undefined;
  dataTypes: readonly DataType[];
  /**
   * The addresses of the page the mention is on (as loaded, canonical): a saved copy of this very page is never
   * "related reporting" for it.
   */
  pageUrls?: readonly string[] | undefined;
}

/** One report or saved article, reduced to what ranking reads. */
export interface RelatedCandidate {
  kind: 'report' | 'article';
  id: string;
  /** "YYYY-MM-DD", "YYYY-MM" or an ISO timestamp: compared as text, so less precise dates sort earlier. */
  date: string;
  companies: readonly string[];
  actions: readonly Action[];
  dataTypes: readonly DataType[];
  /** The addresses of a saved article (its URL and canonical URL); empty for reports. */
  urls: readonly string[];
}

/** Company id → parent id (or null), for every known company. */
export type ParentMap = ReadonlyMap<string, string | null>;

/** How close a company is to the mentioned one: the mentioned company itself, an ancestor or product, kin. */
export const CLOSENESS = { same: 3, lineage: 2, kin: 1 } as const;

/**
 * The mentioned company's family with each member's closeness: itself; its ancestors and descendants (Meta for
 * Facebook, Messenger for Facebook if Messenger's parent were Facebook); everything else under the same root
 * (Instagram for Facebook, both under Meta).
 */
export function familyOf(companyId: string, parents: ParentMap): Map<string, number> {
  const family = new Map<string, number>([[companyId, CLOSENESS.same]]);
  const ancestors = ancestorsOf(companyId, parents);
  for (const id of ancestors) family.set(id, CLOSENESS.lineage);
  const root = ancestors.at(-1) ?? companyId;
  const children = childrenIndex(parents);
  // Breadth-first under the root: a descendant of the mentioned company is lineage, any other member is kin.
  const visited = new Set([root]);
  const queue = [{ id: root, belowMention: root === companyId }];
  for (let i = 0; i < queue.length; i++) {
    const { id, belowMention } = queue[i]!;
    for (const child of children.get(id) ?? []) {
      if (visited.has(child)) continue;
      visited.add(child);
      const below = belowMention || child === companyId;
      if (!family.has(child)) family.set(child, below ? CLOSENESS.lineage : CLOSENESS.kin);
      queue.push({ id: child, belowMention: below });
    }
  }
  return family;
}

function ancestorsOf(companyId: string, parents: ParentMap): string[] {
  const chain: string[] = [];
  let parent = parents.get(companyId) ?? null;
  // The data is hand-written: a cycle must end the walk rather than hang the worker.
  while (parent !== null && parent !== companyId && !chain.includes(parent)) {
    chain.push(parent);
    parent = parents.get(parent) ?? null;
  }
  return chain;
}

function childrenIndex(parents: ParentMap): Map<string, string[]> {
  const children = new Map<string, string[]>();
  for (const [id, parent] of parents) {
    if (parent === null) continue;
    const list = children.get(parent);
    if (list) list.push(id);
    else children.set(parent, [id]);
  }
  return children;
}

/** Drops the fragment: `page#comments` is the same document as `page`. */
export function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

interface Scored<T> {
  candidate: T;
  score: number;
}

/**
 * The `limit` best candidates for a mention, best first. Order: closeness of company (same, then parent or
 * product, then kin; unrelated companies are left out), then how many of the mention's data types match (and,
 * among equals, fewer other data types: a report about bank data alone is closer to a bank-data mention than one
 * listing four kinds of data), then whether the action matches, then the newer date, then reports before saved
 * articles, then id.
 *
 * A mention with no action matches any action except `denied`: a denial is context for a claim, so the claim
 * itself comes first.
 */
export function rankRelated<T extends RelatedCandidate>(
  query: RelatedQuery,
  candidates: readonly T[],
  parents: ParentMap,
  limit = 10,
): T[] {
  if (limit <= 0) return [];
  const family = familyOf(query.companyId, parents);
  const page = new Set((query.pageUrls ?? []).map(withoutFragment));
  const top: Scored<T>[] = [];
  // One pass, keeping the best `limit` in order: 10,000 candidates cost ~1 ms, where sorting them all cost more
  // and allocated an entry per candidate (see bench/related.bench.ts).
  for (const candidate of candidates) {
    const score = scoreOf(candidate, query, family);
    if (score <= 0) continue;
    if (top.length === limit && compare(score, candidate, top[limit - 1]!) >= 0) continue;
    if (page.size > 0 && isSelf(candidate, page)) continue;
    const entry = { candidate, score };
    top.splice(insertionIndex(top, entry), 0, entry);
    if (top.length > limit) top.pop();
  }
  return top.map((entry) => entry.candidate);
}

function isSelf(candidate: RelatedCandidate, page: ReadonlySet<string>): boolean {
  if (candidate.kind !== 'article') return false;
  for (const url of candidate.urls) if (page.has(withoutFragment(url))) return true;
  return false;
}

function scoreOf(
  candidate: RelatedCandidate,
  query: RelatedQuery,
  family: ReadonlyMap<string, number>,
): number {
  let closeness = 0;
  for (const id of candidate.companies) closeness = Math.max(closeness, family.get(id) ?? 0);
  if (closeness === 0) return 0;
  let overlap = 0;
  for (const type of query.dataTypes) if (candidate.dataTypes.includes(type)) overlap++;
  const extra = candidate.dataTypes.length - overlap;
  let actionMatches = false;
  for (const action of candidate.actions) {
    if (query.action === undefined ? action !== 'denied' : action === query.action) actionMatches = true;
  }
  // At most 11 data types exist, so the ranks never spill into one another.
  return closeness * 100_000 + overlap * 1_000 + (20 - extra) * 10 + (actionMatches ? 1 : 0);
}

/** Negative when (`score`, `x`) ranks before `b`. */
function compare<T extends RelatedCandidate>(score: number, x: T, b: Scored<T>): number {
  if (score !== b.score) return b.score - score;
  const y = b.candidate;
  if (x.date !== y.date) return x.date > y.date ? -1 : 1;
  if (x.kind !== y.kind) return x.kind === 'report' ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

function insertionIndex<T extends RelatedCandidate>(top: readonly Scored<T>[], entry: Scored<T>): number {
  let lo = 0;
  let hi = top.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(entry.score, entry.candidate, top[mid]!) >= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
