import { describe, expect, test } from 'vitest';
import { axisMax, formatValue, isSingleValue, layoutBars, MISSING, singleValueSentence, type Chart } from '../../src/lib/chart';
import survey from '../../src/data/survey-2008.json';

const chart: Chart = {
  id: 't',
  title: 'T',
  question: 'Q',
  section: 'S',
  unit: 'percent',
  series: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }],
  rows: [{ label: 'Een heel lang label', values: { a: 50, b: 25 } }, { label: 'Kort', values: { a: 10 } }],
};

describe('bar chart layout', () => {
  test('bars are proportional to their values on a 0–100% axis', () => {
    const [first, second] = layoutBars(chart);
    expect(first.bars.map((b) => b.percent)).toEqual([50, 25]);
    expect(second.bars[0].percent).toBe(10);
  });

  test('a missing value is said, not silently left out', () => {
    const [, second] = layoutBars(chart);
    expect(second.bars).toHaveLength(2);
    expect(second.bars[1]).toMatchObject({ missing: true, text: MISSING, percent: 0 });
    expect(formatValue(undefined, 'percent')).toBe('geen cijfer');
  });

  test('axis maximum is 100 for percentages and a round number otherwise', () => {
    expect(axisMax(chart)).toBe(100);
    expect(axisMax({ ...chart, unit: 'count', rows: [{ label: 'x', values: { a: 37 } }] })).toBe(40);
    expect(axisMax({ ...chart, unit: 'percent', rows: [{ label: 'x', values: { a: 103.9 } }] })).toBe(200);
  });

  test('values are written the Belgian Dutch way, with the precision the source prints', () => {
    expect(formatValue(47.1, 'percent')).toBe('47,1%');
    expect(formatValue(10, 'percent')).toBe('10%');
    expect(formatValue(1000, 'count')).toBe('1.000');
  });

  test('a chart of one number becomes a sentence', () => {
    const one: Chart = { ...chart, series: [chart.series[0]], rows: [{ label: 'Personeelsbeleid', values: { a: 13 } }], unit: 'count' };
    expect(isSingleValue(one)).toBe(true);
    expect(isSingleValue(chart)).toBe(false);
    expect(singleValueSentence(one)).toBe('Personeelsbeleid (a): 13.');
    expect(singleValueSentence({ ...one, sentence: 'Dertien.' })).toBe('Dertien.');
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

  test('a one-number chart carries its own sentence', () => {
    for (const c of survey.charts as Chart[]) if (isSingleValue(c)) expect(c.sentence, c.id).toBeTruthy();
  });
});
