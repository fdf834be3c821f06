/** Layout of a horizontal grouped bar chart, computed at build time so no charting script is sent. */
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
}

export const SERIES_COLOURS = ['#1d4e89', '#b35900', '#4c2c92', '#00703c'];

const nf = new Intl.NumberFormat('nl-BE', { maximumFractionDigits: 1 });
export function formatValue(value: number, unit: Chart['unit']): string {
  if (unit === 'percent') return `${nf.format(value)}%`;
  if (unit === 'euro') return `€ ${nf.format(value)}`;
  return nf.format(value);
}

/** Split a label into lines of at most `width` characters, on word boundaries. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && (line + ' ' + word).length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A round upper bound for the axis: 100 for percentages that stay under it. */
export function axisMax(chart: Chart): number {
  const max = Math.max(...chart.rows.flatMap((r) => Object.values(r.values)), 0);
  if (chart.unit === 'percent' && max <= 100) return 100;
  if (max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  return Math.ceil(max / magnitude) * magnitude;
}

export interface BarLayout {
  width: number;
  height: number;
  labelWidth: number;
  plotWidth: number;
  rows: { y: number; labelLines: string[]; bars: { x: number; y: number; w: number; h: number; colour: string; text: string; key: string }[] }[];
}

export function layoutBars(chart: Chart): BarLayout {
  const width = 720;
  const labelWidth = 230;
  const plotWidth = width - labelWidth - 70;
  const barHeight = 16;
  const gap = 14;
  const max = axisMax(chart);
  let y = 30;
  const rows = chart.rows.map((row) => {
    const labelLines = wrap(row.label, 32);
    const present = chart.series.filter((s) => row.values[s.key] !== undefined);
    const blockHeight = Math.max(present.length * barHeight, labelLines.length * 15);
    const bars = present.map((s, i) => {
      const value = row.values[s.key];
      return {
        key: s.key,
        x: labelWidth,
        y: y + i * barHeight,
        w: Math.max(1, (value / max) * plotWidth),
        h: barHeight - 3,
        colour: SERIES_COLOURS[chart.series.indexOf(s) % SERIES_COLOURS.length],
        text: formatValue(value, chart.unit),
      };
    });
    const out = { y, labelLines, bars };
    y += blockHeight + gap;
    return out;
  });
  return { width, height: y, labelWidth, plotWidth, rows };
}
