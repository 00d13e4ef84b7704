import type { ImportReport } from '../../../shared/messages';
import { useI18n } from '../../i18n';

/** Items listed on screen; the rest are counted (the report itself holds up to 1,000). */
const SHOWN = 200;

/** What an import did, or would do: counts, then each change with where in the file and why. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, num } = useI18n();
  const items = report.items.slice(0, SHOWN);
  const more = report.items.length - items.length + (report.truncated ? 1 : 0);
  return (
    <div class="import-report" data-testid="import-report" data-written={report.written}>
      <p data-testid="import-counts">
        {t(
          report.written ? 'uiImportDone' : 'uiImportPreview',
          num(report.added),
          num(report.updated),
          num(report.skipped),
        )}
      </p>
      {items.length > 0 && (
        <details>
          <summary>{t('uiImportDetails')}</summary>
          <ul class="plain-list small">
            {items.map((item, i) => (
              <li key={i} data-change={item.change}>
                <span>
                  {t(`import_${item.change}`)} · {t(`import_${item.what}`)} <bdi>{item.label}</bdi>{' '}
                  <code dir="ltr">{item.where}</code>
                  {item.why && <> — {item.why}</>}
                </span>
              </li>
            ))}
          </ul>
          {more > 0 && <p class="muted">{t('uiImportMore')}</p>}
        </details>
      )}
    </div>
  );
}
