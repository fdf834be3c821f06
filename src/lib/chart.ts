/**
 * Survey charts, laid out at build time so no charting script is sent. The chart is
 * HTML text with one SVG bar per value: labels and numbers reflow like any text
 * (beside the bars on wide screens, above them on phones) and never shrink with the
 * drawing. Bar lengths are SVG attributes because the CSP forbids inline styles.
 */
export interface ChartSeries { key: string; label: string }
export interface ChartRow { label: string; values: Record<string, number> }
export interface Chart {
  id: string;
  title: string;
  question: string;
  section: string;
  unit: 'percent' | 'count' | 'euro';
  series: ChartSeries[];
  rows: ChartRow[];
  base?: string;
  printedTotal?: number;
  note?: string;
  /** For a chart with a single value: that value as a sentence, in our own words. */
  sentence?: string;
}

export const SERIES_COLOURS = ['#1d4e89', '#b35900', '#4c2c92', '#00703c'];

/** What a chart and its table say where the source gives no number. */
export const MISSING = 'geen cijfer';

// Each value keeps the precision the source prints it with ("10%" beside "48,6%");
// the source never prints more than one decimal.
const nf = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
export function formatValue(value: number | undefined, unit: Chart['unit']): string {
  if (value === undefined) return MISSING;
  if (unit === 'percent') return `${nf.format(value)}%`;
  if (unit === 'euro') return `€ ${nf.format(value)}`;
  return nf.format(value);
}

/** A round upper bound for the axis: 100 for percentages that stay under it. */
export function axisMax(chart: Chart): number {
  const max = Math.max(...chart.rows.flatMap((r) => Object.values(r.values)), 0);
  if (chart.unit === 'percent' && max <= 100) return 100;
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

/** One value: a bar of `percent` of the track, or none when the source gives no number. */
export interface Bar { key: string; seriesLabel: string; colour: string; percent: number; text: string; missing: boolean }
export interface BarRow { label: string; bars: Bar[] }

export function layoutBars(chart: Chart): BarRow[] {
  const max = axisMax(chart);
  return chart.rows.map((row) => ({
    label: row.label,
    bars: chart.series.map((s, i) => {
      const value = row.values[s.key];
      return {
        key: s.key,
        seriesLabel: s.label,
        colour: SERIES_COLOURS[i % SERIES_COLOURS.length],
        // A value of 0 still shows a hairline so that "0" and "geen cijfer" differ.
        percent: value === undefined ? 0 : Math.max(0.5, Math.round((value / max) * 1000) / 10),
        text: formatValue(value, chart.unit),
        missing: value === undefined,
      };
    }),
  }));
}

/** A chart of one number is no chart: it is told as a sentence. */
export function isSingleValue(chart: Chart): boolean {
  return chart.rows.length === 1 && Object.keys(chart.rows[0].values).length === 1;
}

export function singleValueSentence(chart: Chart): string {
  if (chart.sentence) return chart.sentence;
  const [row] = chart.rows;
  const series = chart.series.find((s) => row.values[s.key] !== undefined)!;
  return `${row.label} (${series.label.toLowerCase()}): ${formatValue(row.values[series.key], chart.unit)}.`;
}
