/** The data-drawn diagrams' layout: text wrapped to fit its box, boxes in order, every word described. */
import { describe, expect, it } from 'vitest';
import { DIAGRAM_WIDTH, describeColumns, describeSteps, layoutColumns, layoutSteps, wrapText } from '../../src/lib/diagram-layout';

describe('wrapText', () => {
  it('keeps every word, in order, and breaks only between words', () => {
    const text = 'Walk a little more each day. The needle spot may be sore.';
    const lines = wrapText(text, 200, 15);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
  });

  it('never makes a line longer than its width allows (about 0.55 em a character)', () => {
    for (const line of wrapText('Pain that is not mainly from the break, or an active infection anywhere in the body.', 170, 15)) {
      expect(line.length * 15 * 0.55).toBeLessThanOrEqual(170);
    }
  });

  it('gives an over-long word a line of its own instead of losing it', () => {
    expect(wrapText('a supercalifragilisticexpialidocious word', 60, 15)).toContain('supercalifragilisticexpialidocious');
  });
});

describe('layoutSteps', () => {
  const steps = [
    { label: 'First hours', note: 'Rest in a recovery area while nurses watch you.' },
    { label: 'First day or two', note: 'Many people have less pain.' },
    { label: 'The weeks after', dashed: true },
  ];
  const { boxes, arrows, height } = layoutSteps(steps);

  it('stacks the boxes top to bottom with an arrow between each pair', () => {
    expect(boxes).toHaveLength(3);
    expect(arrows).toHaveLength(2);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
    expect(height).toBeGreaterThan(boxes.at(-1)!.y + boxes.at(-1)!.height);
    expect(boxes.map((b) => b.dashed)).toEqual([false, false, true]);
  });

  it('keeps every line of text inside its box and inside the drawing', () => {
    for (const box of boxes) {
      expect(box.x + box.width).toBeLessThanOrEqual(DIAGRAM_WIDTH);
      for (const line of box.lines) {
        expect(line.y).toBeGreaterThan(box.y);
        expect(line.y).toBeLessThan(box.y + box.height);
      }
    }
  });

  it('describes every step, in order, for a screen reader', () => {
    expect(describeSteps(steps)).toBe('1: First hours. Rest in a recovery area while nurses watch you. 2: First day or two. Many people have less pain. 3: The weeks after.');
  });
});

describe('layoutColumns', () => {
  const columns = [
    { heading: 'What guidelines look for', items: ['Bad pain that goes on despite good pain care.', 'A new break that has not healed.'] },
    { heading: 'What rules it out', items: ['An active infection.'], dashed: true },
  ];

  it('puts two columns side by side, as tall as each other', () => {
    const { heads, bodies } = layoutColumns(columns);
    expect(heads[0]!.y).toBe(heads[1]!.y);
    expect(bodies[0]!.height).toBe(bodies[1]!.height);
    expect(heads[0]!.x + heads[0]!.width).toBeLessThan(heads[1]!.x);
    expect(heads[1]!.x + heads[1]!.width).toBeLessThanOrEqual(DIAGRAM_WIDTH);
    for (const [i, body] of bodies.entries()) for (const line of body.lines) expect(line.y, `column ${i}`).toBeLessThan(body.y + body.height);
  });

  it('refuses anything but two columns: three would make the text too small on a phone', () => {
    expect(() => layoutColumns([...columns, columns[0]!])).toThrow(/exactly 2 columns/);
  });

  it('describes every heading and item', () => {
    expect(describeColumns(columns)).toBe(
      'What guidelines look for: Bad pain that goes on despite good pain care; A new break that has not healed. What rules it out: An active infection.',
    );
  });
});
