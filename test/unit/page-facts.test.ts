import { describe, expect, it } from 'vitest';
import { citationNumber, pageFacts } from '../../src/lib/page-facts';
import { orderedJsxIds } from '../../src/lib/mdx-tree';
import { proseBlocks } from '../../src/lib/prose';

const page = `import Cite from '~/components/Cite.astro';
import Term from '~/components/Term.astro';

Most breaks heal <Cite id="b" />. A <Term id="pmma">bone cement</Term> is used <Cite id="a" />.

## A heading that is not prose

| Table | Cells |
| --- | --- |
| are not | prose |

- A list item counts <Cite id="b" />.
- Another one.

<Aside type="note">
An aside paragraph counts too.
</Aside>
`;

describe('citation numbering', () => {
  it('numbers sources by first citation, without repeats', () => {
    expect(orderedJsxIds(page, 'Cite')).toEqual(['b', 'a']);
    const { citations } = pageFacts(page);
    expect(citationNumber(citations, 'b')).toBe(1);
    expect(citationNumber(citations, 'a')).toBe(2);
  });
  it('refuses a number for a source the page never cites', () => {
    expect(() => citationNumber(['a'], 'zzz')).toThrow(/not cited/);
  });
  it('lists glossary terms in order of first use', () => {
    expect(pageFacts(page).terms).toEqual(['pmma']);
  });
});

describe('prose extraction', () => {
  it('keeps paragraphs, list items and boxed text; drops headings, tables, citations and imports', () => {
    expect(proseBlocks(page)).toEqual([
      'Most breaks heal . A bone cement is used .',
      'A list item counts .',
      'Another one.',
      'An aside paragraph counts too.',
    ]);
  });
});
