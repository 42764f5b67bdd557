/**
 * The sidebar follows a patient's journey: understand the fracture, understand the procedure,
 * find out who does it, then choose. The clinic kit (links, handouts, changelog) comes next, and
 * policy pages come last.
 * Links use slugs, so a page that moves is caught by the build instead of breaking silently.
 * @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
  { label: 'Start here', slug: '' },
  {
    // Clinics link, print and hand out pages; patients can use the handouts too.
    label: 'For clinics',
    items: [
      { label: 'Linking and printing', slug: 'for-clinics' },
      { label: 'Handout: Questions to ask', slug: 'handouts/questions-to-ask' },
      { label: 'Handout: After your kyphoplasty', slug: 'handouts/after-your-kyphoplasty' },
      { label: 'Handout: Your path to treatment', slug: 'handouts/your-path' },
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
    ],
  },
];
