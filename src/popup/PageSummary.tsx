import type { TabState } from '../shared/messages';
import { t } from './i18n';

/** The companies on the page, data-request mentions first. */
export function PageSummary({ state }: { state: TabState | null }) {
  if (!state) return <p class="muted">{t('notScanned')}</p>;
  if (state.mentions.length === 0) return <p>{t('noMentions')}</p>;
  const byCompany = new Map<string, { alias: string; data: number; total: number }>();
  for (const m of state.mentions) {
    const entry = byCompany.get(m.companyId) ?? { alias: m.alias, data: 0, total: 0 };
    entry.total += 1;
    if (m.kind === 'data') entry.data += 1;
    byCompany.set(m.companyId, entry);
  }
  const rows = [...byCompany.entries()].sort((a, b) => b[1].data - a[1].data || b[1].total - a[1].total);
  return (
    <div>
      <p data-testid="data-count">{t('dataMentions', String(state.dataCount))}</p>
      <ul data-testid="companies">
        {rows.map(([id, row]) => (
          <li key={id} data-company={id}>
            <bdi>{row.alias}</bdi> — {row.data} / {row.total}
          </li>
        ))}
      </ul>
    </div>
  );
}
