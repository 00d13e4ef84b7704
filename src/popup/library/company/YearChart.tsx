import { useI18n } from '../../i18n';
import { formatYear } from '../../format';
import { typesIn, type YearBar } from './timeline-data';

const BAR = 22;
const GAP = 8;
const PLOT = 120;
const LABEL = 18;

/**
 * Reporting per year, stacked by data type. The picture is a summary of the timeline under it; for screen
 * readers the same numbers are in the description.
 */
export function YearChart({ bars, name }: { bars: readonly YearBar[]; name: string }) {
  const { lang, dir, t, num } = useI18n();
  if (bars.length === 0) return null;
  const types = typesIn(bars);
  const max = Math.max(1, ...bars.map((b) => b.total));
  const width = bars.length * (BAR + GAP) + GAP;
  // In Arabic the years run from right to left, like the text.
  const xOf = (i: number) => GAP + (dir === 'rtl' ? bars.length - 1 - i : i) * (BAR + GAP);
  const description = bars
    .filter((b) => b.total > 0)
    .map((b) => {
      const parts = types
        .filter((ty) => b.counts[ty])
        .map((ty) => `${t(`dt_${ty}`)} ${num(b.counts[ty] ?? 0)}`);
      return `${formatYear(lang, b.year)}: ${parts.join(lang === 'ar' ? '، ' : ', ')}`;
    })
    .join(lang === 'ar' ? '؛ ' : '; ');
  return (
    <figure class="chart" data-testid="year-chart">
      <svg
        viewBox={`0 0 ${width} ${PLOT + LABEL}`}
        width={width}
        height={PLOT + LABEL}
        role="img"
        aria-labelledby="chart-title chart-desc"
      >
        <title id="chart-title">{t('uiChartTitle', name)}</title>
        <desc id="chart-desc">{description}</desc>
        {bars.map((bar, i) => {
          let y = PLOT;
          return (
            <g key={bar.year} data-year={bar.year}>
              {types.map((type) => {
                const count = bar.counts[type] ?? 0;
                if (!count) return null;
                const h = (count / max) * (PLOT - 4);
                y -= h;
                return (
                  <rect key={type} class={`dt dt-${type}`} x={xOf(i)} y={y} width={BAR} height={h}>
                    <title>{`${formatYear(lang, bar.year)}: ${t(`dt_${type}`)} ${num(count)}`}</title>
                  </rect>
                );
              })}
              <text x={xOf(i) + BAR / 2} y={PLOT + LABEL - 4} text-anchor="middle" class="axis">
                {i % 2 === 0 || bars.length < 10 ? formatYear(lang, bar.year).slice(-2) : ''}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="legend" aria-label={t('uiLegend')}>
          {types.map((type) => (
            <li key={type}>
              <span class={`swatch dt-${type}`} aria-hidden="true" /> {t(`dt_${type}`)}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
