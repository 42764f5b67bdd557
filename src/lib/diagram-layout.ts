/**
 * Where the boxes and lines of text go in the site's data-driven diagrams (StepsDiagram and
 * ColumnsDiagram in src/components/diagrams/). Pure arithmetic, so the layout can be tested
 * without a browser: text is wrapped at build time into real <text> lines, using a deliberately
 * generous estimate of character width, so no line overflows its box in the system fonts.
 */

/** The drawing is 400 units wide: on a 390 px phone it scales to about 0.9, like the older diagrams. */
export const DIAGRAM_WIDTH = 400;
export const LABEL_SIZE = 16;
export const NOTE_SIZE = 15;
const PAD = 10;
const GAP = 26; // room for the arrow between two steps
const COLUMN_GAP = 10;

/** Average advance of a character, as a share of the font size (bold is wider). Generous on purpose. */
const charWidth = (size: number, bold: boolean) => size * (bold ? 0.6 : 0.55);

/** Splits `text` into lines no wider than `width` units. A single over-long word gets a line to itself. */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const max = Math.max(1, Math.floor(width / charWidth(size, bold)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface TextLine {
  text: string;
  x: number;
  y: number;
  /** "l": a bold label line; "n": a note line. Short class names keep the SVG small. */
  kind: 'l' | 'n';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  /** Drawn with a dashed border: a side path, or something that may not apply to everyone. */
  dashed: boolean;
  lines: TextLine[];
}

/** Lays out a label (bold) and notes (plain) from the top of a box; returns the lines and the height used. */
function stack(label: string | undefined, notes: string[], x: number, y: number, width: number, centre: boolean) {
  const lines: TextLine[] = [];
  const tx = centre ? x + width / 2 : x + PAD;
  let cursor = y + PAD;
  const add = (text: string, kind: 'l' | 'n', size: number) => {
    cursor += size;
    lines.push({ text, x: tx, y: cursor, kind });
    cursor += Math.round(size * 0.35);
  };
  if (label) for (const text of wrapText(label, width - 2 * PAD, LABEL_SIZE, true)) add(text, 'l', LABEL_SIZE);
  for (const [i, note] of notes.entries()) {
    if (i > 0 || label) cursor += 7;
    for (const text of wrapText(note, width - 2 * PAD, NOTE_SIZE)) add(text, 'n', NOTE_SIZE);
  }
  return { lines, height: cursor - y + PAD - 3 };
}

export interface Step {
  label: string;
  note?: string;
  dashed?: boolean;
}

/** Steps one below the other, full width, with room for an arrow between each pair. */
export function layoutSteps(steps: Step[]): { boxes: Box[]; arrows: { x: number; y1: number; y2: number }[]; height: number } {
  const boxes: Box[] = [];
  const arrows: { x: number; y1: number; y2: number }[] = [];
  let y = 2;
  for (const [i, step] of steps.entries()) {
    if (i > 0) {
      arrows.push({ x: DIAGRAM_WIDTH / 2, y1: y, y2: y + GAP - 2 });
      y += GAP;
    }
    const { lines, height } = stack(step.label, step.note ? [step.note] : [], 2, y, DIAGRAM_WIDTH - 4, true);
    boxes.push({ x: 2, y, width: DIAGRAM_WIDTH - 4, height, dashed: step.dashed ?? false, lines });
    y += height;
  }
  return { boxes, arrows, height: y + 2 };
}

export interface Column {
  heading: string;
  items: string[];
  dashed?: boolean;
}

/**
 * Two columns side by side (three would make the text too small on a phone): a heading box on
 * top of each, its items below. Both columns are as tall as the taller one, so they read as a pair.
 */
export function layoutColumns(columns: Column[]): { heads: Box[]; bodies: Box[]; height: number } {
  if (columns.length !== 2) throw new Error(`ColumnsDiagram draws exactly 2 columns, not ${columns.length}`);
  const width = (DIAGRAM_WIDTH - 4 - COLUMN_GAP * (columns.length - 1)) / columns.length;
  const laid = columns.map((c, i) => {
    const x = 2 + i * (width + COLUMN_GAP);
    const head = stack(c.heading, [], x, 2, width, true);
    const body = stack(undefined, c.items, x, 0, width, false);
    return { c, x, head, body };
  });
  const headHeight = Math.max(...laid.map((l) => l.head.height));
  const bodyHeight = Math.max(...laid.map((l) => l.body.height));
  const heads: Box[] = [];
  const bodies: Box[] = [];
  for (const { c, x, head, body } of laid) {
    const dashed = c.dashed ?? false;
    heads.push({ x, y: 2, width, height: headHeight, dashed, lines: head.lines });
    const top = 2 + headHeight;
    bodies.push({ x, y: top, width, height: bodyHeight, dashed, lines: body.lines.map((l) => ({ ...l, y: l.y + top })) });
  }
  return { heads, bodies, height: 2 + headHeight + bodyHeight + 2 };
}

/** The text a screen reader hears for the drawing: every word in it, in reading order. */
export function describeSteps(steps: Step[]): string {
  return steps.map((s, i) => `${i + 1}: ${s.label}${s.note ? `. ${s.note}` : ''}`.replace(/([^.?!])$/, '$1.')).join(' ');
}

export function describeColumns(columns: Column[]): string {
  return columns.map((c) => `${c.heading}: ${c.items.map((i) => i.replace(/[.?!]$/, '')).join('; ')}.`).join(' ');
}
