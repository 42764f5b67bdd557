/**
 * Numbers without arithmetic (issue 16): the rule that stops the build on a percentage, decimal,
 * fraction or multiple in prose, what it leaves alone, and the whole site against it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { glossaryNumberMessages, pageNumberMessages, readableBlocks } from '../../src/lib/number-check';
import { numberProblems } from '../../src/lib/plain-numbers';
import { loadPages, ROOT } from '../support/content';

const matches = (text: string) => numberProblems(text).map((p) => `${p.kind}: ${p.match}`);

describe('numberProblems', () => {
  it.each([
    ['Leg strength dropped by about 13%.', 'percentage: 13%'],
    ['About 13 percent of people.', 'percentage: 13 percent'],
    ['It rose by 12.5 %.', 'percentage: 12.5 %'],
    ['Pain fell by 4.6 points.', 'decimal: 4.6'],
    ['There are 1.4 million breaks a year.', 'decimal: 1.4'],
    ['It fell by roughly one-eighth.', 'fraction: one-eighth'],
    ['More than a quarter of the height was lost.', 'fraction: a quarter'],
    ['About a third of the planned number joined.', 'fraction: a third'],
    ['Two-thirds got better.', 'fraction: Two-thirds'],
    ['It fell by 1/8 in a week.', 'fraction: 1/8'],
    ['It grew by ½ an inch.', 'fraction: ½'],
    ['Fellows log about 3.5 times as many operations.', 'multiple: 3.5 times as many'],
    ['Nearly three times more people had it.', 'multiple: three times more'],
    ['The risk rose five-fold.', 'multiple: five-fold'],
    ['It raises the chance by about five times.', 'multiple: by about five times'],
    ['Women were twice as likely to have one.', 'multiple: twice as likely'],
  ])('flags "%s"', (text, expected) => {
    expect(matches(text)).toEqual([expected]);
  });

  it.each([
    'About 13 in 100 people had it.',
    'About 2 points less pain, on a 0 to 10 scale.',
    'Most breaks improve over 2 to 12 weeks, or 2–12 weeks.',
    'The line is open 24/7.',
    'Your follow-up is on 12/05/2026.',
    'We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA.',
    'The site uses version 1.5.4 of the library.',
    'A Grade 1 break at T12 or L1.',
    'Call 911, or 1-800-273-8255.',
    'Pain dropped by more than half within a week.',
    'It is for breaks in the third or fourth lower back bone.',
    'Ask whether a third doctor could look at your scans.',
    'Answers count it 0, 1, 2 or 3 times.',
    'A T-score of −2.5 or lower means osteoporosis.',
    'It planned to take in 1,234 people, but only 404 joined.',
    'Up to four times the normal size.',
    'The bill was $12.50.',
  ])('leaves alone "%s"', (text) => {
    expect(matches(text)).toEqual([]);
  });

  it('reports each spot once, in the order it appears, with its whole sentence', () => {
    const problems = numberProblems('First sentence is fine. It fell by 5.2 points, or 13%, at 3.5 times the rate. Last one.');
    expect(problems.map((p) => p.match)).toEqual(['5.2', '13%', '3.5 times the rate']);
    expect(new Set(problems.map((p) => p.sentence))).toEqual(new Set(['It fell by 5.2 points, or 13%, at 3.5 times the rate.']));
  });
});

describe('pageNumberMessages', () => {
  const file = 'src/content/docs/understanding/risks.mdx';

  it('names the file, the sentence, what is wrong and what to write instead', () => {
    expect(pageNumberMessages(file, {}, 'Every procedure has risks. About 13% of people had a leak <Cite id="x" />.\n')).toEqual([
      `${file}: "About 13% of people had a leak ." uses a percentage (13%); write it as a natural frequency with what was counted, such as "about 13 in 100 people".`,
    ]);
  });

  it('says which frontmatter field holds the number', () => {
    const messages = pageNumberMessages(file, { description: 'A plain description of the page.', keyPoints: ['Fine.', 'Pain fell by 4.6 points.'], changes: [{ summary: 'Cut by a quarter.' }] }, '');
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^src\/content\/docs\/understanding\/risks\.mdx \(key point 2\): "Pain fell by 4\.6 points\." uses a decimal \(4\.6\)/);
    expect(messages[1]).toMatch(/\(changes, entry 1\): "Cut by a quarter\." uses a fraction \(a quarter\)/);
  });

  it('reads headings, list items, boxes, table cells and the words of pictures', () => {
    const body = [
      '## Is 13% a lot?',
      '- Item with 2.5 points',
      '<GetHelpNow>\nAbout 1/8 of people.\n</GetHelpNow>',
      '| What | How many |\n|---|---|\n| Leaks | 73% |',
      '<IconArray count={2} of="people" label="had it" basis="About 1.9 in 100 people." />',
    ].join('\n\n');
    expect(pageNumberMessages(file, {}, body).map((m) => /uses a \w+ \(([^)]+)\)/.exec(m)![1])).toEqual(['13%', '2.5', '1/8', '73%', '1.9']);
  });

  it('skips citation markers and exact study tables inside <ExactFigures>, but reads their caption', () => {
    const body = [
      'Fine text <Cite id="free-trial-2009" />.',
      '<ExactFigures caption="Scores from the FREE trial">\n\n| Group | Score |\n|---|---|\n| Kyphoplasty | 7.2 |\n\n</ExactFigures>',
      '<ExactFigures caption="About 13% of them">\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n</ExactFigures>',
    ].join('\n\n');
    expect(readableBlocks(body)).not.toContain('7.2');
    expect(pageNumberMessages(file, {}, body)).toEqual([expect.stringContaining('"About 13% of them" uses a percentage (13%)')]);
  });

  it('lets an about page quote the PEMAT pass mark as the instrument publishes it, and nothing else', () => {
    const body = 'A page passes PEMAT-P at 70% or more. About 13% of pages do.';
    expect(pageNumberMessages('src/content/docs/about/editorial-policy.mdx', {}, body)).toEqual([expect.stringContaining('(13%)')]);
    expect(pageNumberMessages(file, {}, body)).toHaveLength(2);
  });

  it('names the glossary term', () => {
    expect(glossaryNumberMessages('src/content/glossary/terms.yaml', 'leak', 'Cement outside the bone, seen in 18.4% of cases.')).toEqual([
      expect.stringMatching(/^src\/content\/glossary\/terms\.yaml \(term "leak"\): "Cement outside the bone, seen in 18\.4% of cases\." uses a percentage \(18\.4%\)/),
    ]);
  });
});

describe('the whole site', () => {
  it.each(loadPages().map((p) => [p.file, p] as const))('%s has no number the reader must work out', (file, page) => {
    expect(pageNumberMessages(file, page.frontmatter, page.body)).toEqual([]);
  });

  it('the glossary has no number the reader must work out', () => {
    const terms = parseYaml(readFileSync(join(ROOT, 'src/content/glossary/terms.yaml'), 'utf8')) as Record<string, { definition: unknown }>;
    const messages = Object.entries(terms).flatMap(([id, t]) => glossaryNumberMessages('src/content/glossary/terms.yaml', id, t.definition));
    expect(messages).toEqual([]);
  });
});

describe('numbers in Spanish prose', () => {
  const spanish = (text: string) => numberProblems(text, 'es').map((p) => `${p.kind}: ${p.match}`);

  it('reads Spanish separators: a thousands point is not a decimal, a decimal comma is', () => {
    expect(spanish('Un estudio de EE. UU. revisó a 80.864 personas entre 2010 y 2019.')).toEqual([]);
    expect(spanish('El dolor bajó 4,6 puntos.')).toEqual(['decimal: 4,6']);
    expect(spanish('Una puntuación T de −2,5 o menos indica osteoporosis.')).toEqual([]);
  });

  it('finds percentages, multiples and fractions written in Spanish words', () => {
    expect(spanish('Mejoró el 13 % de las personas, o 13 por ciento.')).toEqual(['percentage: 13 %', 'percentage: 13 por ciento']);
    expect(spanish('El riesgo fue tres veces mayor, el doble que antes.')).toEqual(['multiple: tres veces mayor', 'multiple: el doble']);
    expect(spanish('Un tercio de las personas, y dos quintas partes.')).toEqual(['fraction: Un tercio', 'fraction: dos quintas partes']);
  });

  it('leaves natural frequencies and versions alone', () => {
    expect(spanish('Unas 13 de cada 100 personas; de cada 1000, unas 8. Pautas WCAG, versión 2.2.')).toEqual([]);
  });
});
