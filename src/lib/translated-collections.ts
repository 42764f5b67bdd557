/**
 * Which collection a page reads translated data from: the English files, or on a Spanish page
 * their Spanish twins with the same ids (src/content/glossary/terms-es.yaml,
 * src/content/questions/questions-es.yaml).
 */
export const glossaryCollection = (lang: string) => (lang === 'es' ? 'glossaryEs' : 'glossary') as 'glossary' | 'glossaryEs';

export const questionsCollection = (lang: string) => (lang === 'es' ? 'questionsEs' : 'questions') as 'questions' | 'questionsEs';
