import { describe, expect, test } from 'vitest';
import { axisMax, formatValue, layoutBars, wrap, type Chart } from '../../src/lib/chart';
import survey from '../../src/data/survey-2008.json';

const chart: Chart = {
  id: 't',
  title: 'T',
  question: 'Q',
  section: 'S',
  unit: 'percent',
  series: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }],
  rows: [{ label: 'Een heel lang label dat over meerdere regels moet lopen', values: { a: 50, b: 25 } }, { label: 'Kort', values: { a: 10 } }],
};

describe('bar chart layout', () => {
  test('bars are proportional to their values on a 0–100% axis', () => {
    const layout = layoutBars(chart);
    const [first, second] = layout.rows;
    expect(first.bars[0].w).toBeCloseTo(layout.plotWidth / 2);
    expect(first.bars[1].w).toBeCloseTo(layout.plotWidth / 4);
    expect(second.bars).toHaveLength(1); // a missing value draws no bar
    expect(second.y).toBeGreaterThan(first.y);
  });

  test('axis maximum is 100 for percentages and a round number otherwise', () => {
    expect(axisMax(chart)).toBe(100);
    expect(axisMax({ ...chart, unit: 'count', rows: [{ label: 'x', values: { a: 37 } }] })).toBe(40);
    expect(axisMax({ ...chart, unit: 'percent', rows: [{ label: 'x', values: { a: 103.9 } }] })).toBe(200);
  });

  test('labels wrap on word boundaries', () => {
    expect(wrap('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
  });

  test('values are written the Belgian Dutch way', () => {
    expect(formatValue(47.1, 'percent')).toBe('47,1%');
    expect(formatValue(1000, 'count')).toBe('1.000');
  });
});

describe('survey data', () => {
  test('every chart has rows, and every value belongs to a declared series', () => {
    expect(survey.charts.length).toBeGreaterThan(5);
    for (const c of survey.charts) {
      const keys = new Set(c.series.map((s) => s.key));
      expect(c.rows.length, c.id).toBeGreaterThan(0);
      for (const r of c.rows) {
        const values = Object.entries(r.values as Record<string, number>);
        expect(values.length, `${c.id}: ${r.label}`).toBeGreaterThan(0);
        for (const [k, v] of values) {
          expect(keys.has(k), `${c.id}: unknown series ${k}`).toBe(true);
          expect(typeof v).toBe('number');
        }
      }
    }
    expect(new Set(survey.charts.map((c) => c.id)).size).toBe(survey.charts.length);
  });
});
