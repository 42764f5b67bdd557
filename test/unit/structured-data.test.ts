import { describe, expect, it } from 'vitest';
import type { Thing } from 'schema-dts';
import { isProcedurePage, pageStructuredData, pageTopics, serializeJsonLd, type PageInput } from '../../src/lib/structured-data';

const base: PageInput = {
  site: 'https://guide.example.org/',
  path: '/understanding/risks/',
  title: 'Risks, with numbers',
  description: 'How often kyphoplasty causes problems, and which warning signs need help fast.',
  lastReviewed: new Date('2026-11-26'),
  changes: [
    { date: new Date('2027-02-01') },
    { date: new Date('2026-11-26') },
  ],
  sources: [
    { title: 'A trial', url: 'https://example.org/trial', authors: 'Smith A, et al.', year: 2009, publication: 'Lancet 2009' },
    { title: 'A guideline', url: 'https://example.org/guideline', organisation: 'NICE' },
  ],
  reviewer: null,
  procedureDefinition: 'Blowing up a small balloon inside the broken vertebra, then filling the space with bone cement.',
};

type Node = Record<string, unknown> & { '@type': string };
const nodes = (input: PageInput) => pageStructuredData(input)['@graph'] as unknown as Node[];
const webPage = (input: PageInput) => nodes(input).find((n) => n['@type'] === 'MedicalWebPage')!;

describe('MedicalWebPage', () => {
  it('describes the page from its own facts', () => {
    const page = webPage(base);
    expect(page.url).toBe('https://guide.example.org/understanding/risks/');
    expect(page.name).toBe(base.title);
    expect(page.description).toBe(base.description);
    expect(page.lastReviewed).toBe('2026-11-26');
    expect(page.inLanguage).toBe('en');
  });

  it('is for patients and names the publisher', () => {
    const page = webPage(base);
    expect(page.audience).toMatchObject({ '@type': 'Patient' });
    expect(page.publisher).toMatchObject({ '@type': 'Organization', name: 'Kyphoplasty Guide', url: 'https://guide.example.org/' });
  });

  it('cites exactly the page’s sources, in citation order', () => {
    const citations = webPage(base).citation as Node[];
    expect(citations.map((c) => c.url)).toEqual(['https://example.org/trial', 'https://example.org/guideline']);
    // Each work is identified by its address and its year when confirmed. Titles, authors and
    // journal are in the visible source list, which the JSON-LD sits beside.
    expect(citations[0]).toEqual({ '@type': 'CreativeWork', url: 'https://example.org/trial', datePublished: '2009' });
    expect(citations[1]).toEqual({ '@type': 'CreativeWork', url: 'https://example.org/guideline' });
    expect(webPage({ ...base, sources: [] }).citation).toBeUndefined();
  });

  it('dates publication and the last change from the page’s change list', () => {
    expect(webPage(base)).toMatchObject({ datePublished: '2026-11-26', dateModified: '2027-02-01' });
    const undated = webPage({ ...base, changes: [] });
    expect(undated.datePublished).toBeUndefined();
    expect(undated.dateModified).toBeUndefined();
  });

  it('never claims a reviewer who is not recorded', () => {
    expect(webPage(base).reviewedBy).toBeUndefined();
    expect(JSON.stringify(pageStructuredData(base))).not.toMatch(/reviewedBy/);
  });

  it('names a recorded reviewer as a person with credentials and role', () => {
    const reviewer = { name: 'Jane Doe', credentials: 'MD', role: 'Interventional radiologist', reviewedOn: new Date('2027-01-10') };
    expect(webPage({ ...base, reviewer }).reviewedBy).toEqual({ '@type': 'Person', name: 'Jane Doe', honorificSuffix: 'MD', jobTitle: 'Interventional radiologist' });
  });
});

describe('what a page is about', () => {
  it('is kyphoplasty for compression fractures by default', () => {
    expect(pageTopics('/understanding/risks/')).toEqual(['kyphoplasty', 'compression-fracture']);
    expect((webPage(base).about as Node[]).map((a) => a['@type'])).toEqual(['MedicalProcedure', 'MedicalCondition']);
  });
  it('is the condition on the condition pages', () => {
    expect(pageTopics('/understanding/compression-fractures/')).toEqual(['compression-fracture']);
    expect(pageTopics('/procedure/bone-health/')).toEqual(['osteoporosis', 'compression-fracture']);
  });
});

describe('MedicalProcedure', () => {
  it('is on the procedure pages, as the page’s main entity', () => {
    for (const path of ['/procedure/before/', '/procedure/step-by-step/', '/procedure/recovery/', '/understanding/what-is-kyphoplasty/']) {
      expect(isProcedurePage(path), path).toBe(true);
      const graph = nodes({ ...base, path });
      const procedure = graph.find((n) => n['@type'] === 'MedicalProcedure')!;
      expect(procedure).toMatchObject({
        '@id': 'https://guide.example.org/#kyphoplasty',
        name: 'Kyphoplasty',
        procedureType: 'https://schema.org/PercutaneousProcedure',
        description: base.procedureDefinition,
      });
      expect(webPage({ ...base, path }).mainEntity).toEqual({ '@id': 'https://guide.example.org/#kyphoplasty' });
    }
  });
  it('is not a separate node elsewhere', () => {
    expect(isProcedurePage('/understanding/risks/')).toBe(false);
    expect(nodes(base).map((n) => n['@type'])).toEqual(['MedicalWebPage']);
  });
});

describe('serialization', () => {
  it('cannot close its own script element', () => {
    const json = serializeJsonLd(pageStructuredData({ ...base, title: 'Risks </script><script>alert(1)</script>' }));
    expect(json).not.toContain('</script');
    expect((JSON.parse(json) as { '@graph': Thing[] })['@graph'][0]).toMatchObject({ name: 'Risks </script><script>alert(1)</script>' });
  });
});
