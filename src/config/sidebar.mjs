import { ALL_PAGES_SLUG, SCORER_SLUG } from './tools.mjs';

/**
 * The sidebar follows a patient's journey: understand the fracture and the procedure, prepare,
 * find out who does it, then choose. Reference pages come next, then the clinic kit (links,
 * handouts, changelog), and policy pages last.
 * Links use slugs, so a page that moves is caught by the build instead of breaking silently.
 * @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
  { label: 'Start here', translations: { es: 'Empiece aquí' }, slug: '' },
  {
    label: 'Understanding', translations: { es: 'Entender' },
    items: [
      { label: 'Spinal compression fractures', translations: { es: 'Fracturas por compresión de la columna' }, slug: 'understanding/compression-fractures' },
      { label: 'What is kyphoplasty?', translations: { es: '¿Qué es la cifoplastia?' }, slug: 'understanding/what-is-kyphoplasty' },
      { label: 'Is it right for me?', translations: { es: '¿Es adecuada para mí?' }, slug: 'understanding/is-it-right-for-me' },
      { label: 'Weighing your options', translations: { es: 'Cómo comparar sus opciones' }, slug: 'understanding/weighing-your-options' },
      { label: 'What the evidence shows', translations: { es: 'Lo que muestra la evidencia' }, slug: 'understanding/evidence' },
      { label: 'Risks, with numbers', translations: { es: 'Riesgos, en números' }, slug: 'understanding/risks' },
      { label: 'Other treatments', translations: { es: 'Otros tratamientos' }, slug: 'understanding/alternatives' },
    ],
  },
  {
    label: 'The procedure', translations: { es: 'El procedimiento' },
    items: [
      { label: 'Before the procedure', translations: { es: 'Antes del procedimiento' }, slug: 'procedure/before' },
      { label: 'The day, step by step', translations: { es: 'El día, paso a paso' }, slug: 'procedure/step-by-step' },
      { label: 'Recovery', translations: { es: 'Recuperación' }, slug: 'procedure/recovery' },
      { label: 'Bone health after a fracture', translations: { es: 'La salud de los huesos después de una fractura' }, slug: 'procedure/bone-health' },
    ],
  },
  {
    label: 'Who performs it', translations: { es: 'Quién la hace' },
    items: [
      { label: 'The specialties side by side', translations: { es: 'Las especialidades, lado a lado' }, slug: 'who-performs-it' },
      { label: 'Interventional radiologists', translations: { es: 'Radiólogos intervencionistas' }, slug: 'who-performs-it/interventional-radiologists' },
      { label: 'Neurosurgeons', translations: { es: 'Neurocirujanos' }, slug: 'who-performs-it/neurosurgeons' },
      { label: 'Orthopedic spine surgeons', translations: { es: 'Cirujanos ortopédicos de columna' }, slug: 'who-performs-it/orthopedic-spine-surgeons' },
      { label: 'Pain medicine physicians', translations: { es: 'Médicos especialistas en dolor' }, slug: 'who-performs-it/pain-medicine-physicians' },
      { label: 'Training and certification', translations: { es: 'Formación y certificación' }, slug: 'who-performs-it/training-and-certification' },
    ],
  },
  {
    label: 'The care team', translations: { es: 'El equipo médico' },
    items: [
      { label: 'Who is in the room', translations: { es: '¿Quién está en la sala?' }, slug: 'care-team' },
      { label: 'Where it happens', translations: { es: 'Dónde se hace' }, slug: 'care-team/where-it-happens' },
    ],
  },
  {
    label: 'Your path', translations: { es: 'Su camino' },
    items: [
      { label: 'From first pain to follow-up', translations: { es: 'Del primer dolor al control' }, slug: 'your-path' },
      { label: 'Preparing for your consultation', translations: { es: 'Cómo prepararse para su consulta' }, slug: 'your-path/preparing-for-your-consultation' },
      { label: 'Insurance and costs', translations: { es: 'Seguro médico y costos' }, slug: 'your-path/insurance-and-costs' },
    ],
  },
  {
    label: 'Choosing a provider', translations: { es: 'Cómo elegir a su médico' },
    items: [
      { label: 'How to choose', translations: { es: 'Cómo elegir' }, slug: 'choosing-a-provider' },
      { label: 'Questions to ask', translations: { es: 'Preguntas para el médico' }, slug: 'choosing-a-provider/questions-to-ask' },
      { label: 'Question scorer', translations: { es: 'Comparador de respuestas' }, slug: SCORER_SLUG },
      { label: 'Check a doctor yourself', translations: { es: 'Verifique usted mismo a un médico' }, slug: 'choosing-a-provider/check-a-doctor' },
    ],
  },
  { label: 'Common questions', translations: { es: 'Preguntas frecuentes' }, slug: 'faq' },
  { label: 'Glossary', translations: { es: 'Glosario' }, slug: 'glossary' },
  { label: 'Sources', translations: { es: 'Fuentes' }, slug: 'sources' },
  { label: 'All pages', translations: { es: 'Todas las páginas' }, slug: ALL_PAGES_SLUG },
  {
    // Clinics link, print and hand out pages; patients can use the handouts too.
    label: 'For clinics', translations: { es: 'Para clínicas' },
    items: [
      { label: 'Linking and printing', translations: { es: 'Enlaces e impresión' }, slug: 'for-clinics' },
      { label: 'Handout: Questions to ask', translations: { es: 'Hoja: Preguntas para hacer' }, slug: 'handouts/questions-to-ask' },
      { label: 'Handout: After your kyphoplasty', translations: { es: 'Hoja: Después de su cifoplastia' }, slug: 'handouts/after-your-kyphoplasty' },
      { label: 'Handout: Your path to treatment', translations: { es: 'Hoja: Su camino hacia el tratamiento' }, slug: 'handouts/your-path' },
      { label: 'Handout: Weighing your options', translations: { es: 'Hoja: Cómo comparar sus opciones' }, slug: 'handouts/weighing-your-options' },
      { label: 'What changed, and when', translations: { es: 'Qué cambió y cuándo' }, slug: 'changelog' },
    ],
  },
  {
    label: 'About this site', translations: { es: 'Sobre este sitio' },
    items: [
      { label: 'Editorial policy', translations: { es: 'Política editorial' }, slug: 'about/editorial-policy' },
      { label: 'Medical disclaimer', translations: { es: 'Aviso médico' }, slug: 'about/disclaimer' },
      { label: 'Privacy', translations: { es: 'Privacidad' }, slug: 'about/privacy' },
      { label: 'Accessibility', translations: { es: 'Accesibilidad' }, slug: 'about/accessibility' },
      { label: 'Decision aid standards', translations: { es: 'Normas de las ayudas para decidir' }, slug: 'about/decision-aid-standards' },
    ],
  },
];
