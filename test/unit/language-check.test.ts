import { describe, expect, it } from 'vitest';
import { englishPassages, readerPassages } from '../../src/lib/language-check';

describe('English left in a Spanish page', () => {
  it('finds an English sentence, and passes Spanish ones, short questions and names included', () => {
    expect(
      englishPassages([
        'Call 911 if you have chest pain or trouble breathing after the procedure.',
        'Llame al 911 si tiene dolor en el pecho o le cuesta respirar después del procedimiento.',
        '¿El globo me hará más alto otra vez?',
        'American Board of Orthopaedic Surgery (ABOS)',
        'La cifoplastia (en inglés, *kyphoplasty*) es un tratamiento para huesos rotos.',
      ]),
    ).toEqual(['Call 911 if you have chest pain or trouble breathing after the procedure.']);
  });

  it('reads every passage a reader sees: prose, headings, table cells and the words given to components', () => {
    const mdx = [
      "import X from '~/x';",
      '## Un título',
      'Un párrafo <Cite id="a" />.',
      '| Columna |\n|---|\n| Celda |',
      '<ColumnsDiagram title="Título" columns={[{ heading: \'Encabezado\', items: [\'Uno\'] }]} id="no-words" />',
    ].join('\n\n');
    expect(readerPassages(mdx)).toEqual(['Un título', 'Un párrafo .', 'Columna', 'Celda', 'Título', 'Encabezado', 'Uno']);
  });
});
