import { ALL_PAGES_SLUG, SCORER_SLUG } from './tools.mjs';

/**
 * The sidebar follows a patient's journey: understand the fracture and the procedure, prepare,
 * find out who does it, then choose. Reference pages come next, then the clinic kit (links,
 * handouts, changelog), and policy pages last.
 * Links use slugs, so a page that moves is caught by the build instead of breaking silently.
 * @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
  { label: 'Start here', slug: '' },
  {
    label: 'Understanding',
    items: [
      { label: 'Spinal compression fractures', slug: 'understanding/compression-fractures' },
      { label: 'What is kyphoplasty?', slug: 'understanding/what-is-kyphoplasty' },
      { label: 'Is it right for me?', slug: 'understanding/is-it-right-for-me' },
      { label: 'Weighing your options', slug: 'understanding/weighing-your-options' },
      { label: 'What the evidence shows', slug: 'understanding/evidence' },
      { label: 'Risks, with numbers', slug: 'understanding/risks' },
      { label: 'Other treatments', slug: 'understanding/alternatives' },
    ],
  },
  {
    label: 'The procedure',
    items: [
      { label: 'Before the procedure', slug: 'procedure/before' },
      { label: 'The day, step by step', slug: 'procedure/step-by-step' },
      { label: 'Recovery', slug: 'procedure/recovery' },
      { label: 'Bone health after a fracture', slug: 'procedure/bone-health' },
    ],
  },
  {
    label: 'Who performs it',
    items: [
      { label: 'The specialties side by side', slug: 'who-performs-it' },
      { label: 'Interventional radiologists', slug: 'who-performs-it/interventional-radiologists' },
      { label: 'Neurosurgeons', slug: 'who-performs-it/neurosurgeons' },
      { label: 'Orthopedic spine surgeons', slug: 'who-performs-it/orthopedic-spine-surgeons' },
      { label: 'Pain medicine physicians', slug: 'who-performs-it/pain-medicine-physicians' },
      { label: 'Training and certification', slug: 'who-performs-it/training-and-certification' },
    ],
  },
  {
    label: 'The care team',
    items: [
      { label: 'Who is in the room', slug: 'care-team' },
      { label: 'Where it happens', slug: 'care-team/where-it-happens' },
    ],
  },
  {
    label: 'Your path',
    items: [
      { label: 'From first pain to follow-up', slug: 'your-path' },
      { label: 'Preparing for your consultation', slug: 'your-path/preparing-for-your-consultation' },
      { label: 'Insurance and costs', slug: 'your-path/insurance-and-costs' },
    ],
  },
  {
    label: 'Choosing a provider',
    items: [
      { label: 'How to choose', slug: 'choosing-a-provider' },
      { label: 'Questions to ask', slug: 'choosing-a-provider/questions-to-ask' },
      { label: 'Question scorer', slug: SCORER_SLUG },
      { label: 'Check a doctor yourself', slug: 'choosing-a-provider/check-a-doctor' },
    ],
  },
  { label: 'Common questions', slug: 'faq' },
  { label: 'Glossary', slug: 'glossary' },
  { label: 'Sources', slug: 'sources' },
  { label: 'All pages', slug: ALL_PAGES_SLUG },
  {
    // Clinics link, print and hand out pages; patients can use the handouts too.
    label: 'For clinics',
    items: [
      { label: 'Linking and printing', slug: 'for-clinics' },
      { label: 'Handout: Questions to ask', slug: 'handouts/questions-to-ask' },
      { label: 'Handout: After your kyphoplasty', slug: 'handouts/after-your-kyphoplasty' },
      { label: 'Handout: Your path to treatment', slug: 'handouts/your-path' },
      { label: 'Handout: Weighing your options', slug: 'handouts/weighing-your-options' },
      { label: 'What changed, and when', slug: 'changelog' },
    ],
  },
  {
    label: 'About this site',
    items: [
      { label: 'Editorial policy', slug: 'about/editorial-policy' },
      { label: 'Medical disclaimer', slug: 'about/disclaimer' },
      { label: 'Privacy', slug: 'about/privacy' },
      { label: 'Accessibility', slug: 'about/accessibility' },
      { label: 'Decision aid standards', slug: 'about/decision-aid-standards' },
    ],
  },
];
