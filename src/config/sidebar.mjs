/**
 * The sidebar follows a patient's journey: understand the fracture, understand the procedure,
 * find out who does it, then choose. Policy pages come last.
 * Links use slugs, so a page that moves is caught by the build instead of breaking silently.
 * @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']}
 */
export const sidebar = [
  { label: 'Start here', slug: '' },
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
