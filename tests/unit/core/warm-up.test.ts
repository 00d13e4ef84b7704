import { describe, expect, it } from 'vitest';
import { compileLexicon, detect, warmUpCues } from '../../../src/core/index';
import { TEST_COMPANIES } from './detect-fixtures';

describe('warmUpCues', () => {
  it('builds the cue tables in several steps, then has nothing left to do', () => {
    let steps = 0;
    for (const _ of warmUpCues()) steps++;
    expect(steps).toBeGreaterThanOrEqual(3);
    expect([...warmUpCues()]).toHaveLength(0);
    const [m] = detect('Facebook asked banks to share card transactions.', compileLexicon(TEST_COMPANIES));
    expect(m?.kind).toBe('data');
  });
});
