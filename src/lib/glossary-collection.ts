/**
 * Which glossary a page reads its terms from: the English one (src/content/glossary/terms.yaml)
 * or, on a Spanish page, its Spanish twin with the same ids (terms-es.yaml).
 */
export const glossaryCollection = (lang: string) => (lang === 'es' ? 'glossaryEs' : 'glossary') as 'glossary' | 'glossaryEs';
