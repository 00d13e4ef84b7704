import { describe, expect, it } from 'vitest';
import {
  CLOSENESS,
  familyOf,
  rankRelated,
  type ParentMap,
  type RelatedCandidate,
} from '../../../src/core/related';

const parents: ParentMap = new Map([
  ['meta', null],
  ['facebook', 'meta'],
  ['instagram', 'meta'],
  ['messenger', 'facebook'],
  ['alphabet', null],
  ['google', 'alphabet'],
  ['loop-a', 'loop-b'],
  ['loop-b', 'loop-a'],
]);

function item(id: string, fields: Partial<RelatedCandidate> = {}): RelatedCandidate {
  return {
    kind: 'report',
    id,
    date: '2020-01-01',
    companies: ['facebook'],
    actions: ['requested'],
    dataTypes: ['financial'],
    urls: [],
    ...fields,
  };
}

/** A seeded Fisher–Yates shuffle (a small LCG), so a failure can be replayed. */
function shuffle<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const ids = (list: readonly RelatedCandidate[]) => list.map((c) => c.id);

describe('familyOf', () => {
  it('grades the family: itself, ancestors and descendants, then kin under the same root', () => {
    expect(Object.fromEntries(familyOf('facebook', parents))).toEqual({
      facebook: CLOSENESS.same,
      meta: CLOSENESS.lineage,
      messenger: CLOSENESS.lineage,
      instagram: CLOSENESS.kin,
    });
    expect(Object.fromEntries(familyOf('meta', parents))).toEqual({
      meta: CLOSENESS.same,
      facebook: CLOSENESS.lineage,
      instagram: CLOSENESS.lineage,
      messenger: CLOSENESS.lineage,
    });
  });

  it('knows a company that has no record, and survives a cycle in the data', () => {
    expect([...familyOf('unknown', parents)]).toEqual([['unknown', CLOSENESS.same]]);
    expect(new Set(familyOf('loop-a', parents).keys())).toEqual(new Set(['loop-a', 'loop-b']));
  });
});

describe('rankRelated', () => {
  const query = { companyId: 'facebook', action: 'requested' as const, dataTypes: ['financial' as const] };

  it.each([
    [
      'the same company before its parent, products and kin',
      [
        item('kin', { companies: ['instagram'] }),
        item('parent', { companies: ['meta'] }),
        item('same'),
        item('other', { companies: ['google'] }),
      ],
      ['same', 'parent', 'kin'],
    ],
    [
      'matching data types before the action, the action before recency',
      [
        item('new-wrong-type', { dataTypes: ['location'], date: '2024-01-01' }),
        item('wrong-action', { actions: ['fined'], date: '2023-01-01' }),
        item('match', { date: '2018-01-01' }),
      ],
      ['match', 'wrong-action', 'new-wrong-type'],
    ],
    [
      "a report about the mention's data types alone before one that lists more",
      [
        item('broad', { dataTypes: ['financial', 'location', 'contacts'], date: '2024-01-01' }),
        item('narrow'),
      ],
      ['narrow', 'broad'],
    ],
    [
      'newer first, then reports before articles, then by id',
      [
        item('b'),
        item('a'),
        item('article', { kind: 'article' }),
        item('older', { date: '2019-12' }),
        item('newer', { date: '2020-01-02' }),
      ],
      ['newer', 'a', 'b', 'article', 'older'],
    ],
  ])('ranks %s', (_name, candidates, expected) => {
    expect(ids(rankRelated(query, candidates, parents))).toEqual(expected);
  });

  it('prefers a claim to its denial when the mention has no action', () => {
    const candidates = [item('DENIAL', { actions: ['denied'] }), item('WSJ')];
    expect(
      ids(rankRelated({ companyId: 'facebook', dataTypes: ['financial'] }, candidates, parents)),
    ).toEqual(['WSJ', 'DENIAL']);
  });

  it('never links a saved article to the page it was saved from', () => {
    const saved = item('https://news.example/story', {
      kind: 'article',
      urls: ['https://news.example/story?utm_source=x', 'https://news.example/story'],
    });
    const pageUrls = ['https://news.example/story#comments'];
    expect(rankRelated({ ...query, pageUrls }, [saved, item('r')], parents).map((c) => c.id)).toEqual(['r']);
    expect(
      rankRelated({ ...query, pageUrls: ['https://news.example/other'] }, [saved], parents),
    ).toHaveLength(1);
  });

  it('is deterministic: any input order gives the same list, cut at the limit', () => {
    const candidates = Array.from({ length: 50 }, (_, i) =>
      item(`r${i}`, {
        date: `20${10 + (i % 7)}-01-01`,
        dataTypes: i % 3 ? ['financial'] : ['location'],
        companies: [['facebook', 'meta', 'instagram'][i % 3]!],
      }),
    );
    const expected = ids(rankRelated(query, candidates, parents, 7));
    expect(expected).toHaveLength(7);
    for (let seed = 1; seed < 20; seed++) {
      const shuffled = shuffle(candidates, seed);
      expect(ids(rankRelated(query, shuffled, parents, 7))).toEqual(expected);
    }
    const all = ids(rankRelated(query, candidates, parents, 100));
    expect(all.slice(0, 7)).toEqual(expected);
    expect(rankRelated(query, candidates, parents, 0)).toEqual([]);
  });
});
