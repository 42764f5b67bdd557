import { SPANISH_EDITION_PUBLISHED } from './languages.mjs';
import { SCORER_PATH } from './tools.mjs';

/**
 * Short addresses for paper: `/go/<name>/` sends the reader on to a page. Clinics print them on
 * handouts and posters, and every QR code the site makes encodes one of them, so:
 *  - never remove a name or reuse it for something else (src/config/permanent-urls.json keeps them);
 *  - to move a target, change `to` here: printed codes keep working and land on the new page.
 * astro.config.mjs turns this list into static redirects (HTML pages that also work without JS;
 * see `redirects` in src/config/redirects.mjs);
 * /for-clinics/ lists it, and src/pages/qr/[name].svg.ts draws a QR code for each entry.
 *
 * @typedef {{ name: string, to: string, label: string, handout?: boolean, sheets?: 1 | 2 }} ShortLink
 *   name: lowercase letters and hyphens, what follows /go/;
 *   to: the page it opens (a site path ending in "/");
 *   label: what the link is called on /for-clinics/;
 *   handout: true for the printable handout pages, which carry their own code;
 *   sheets: how many printed pages (Letter and A4) the handout may take; 1 unless said (the decision-aid worksheet takes 2).
 * @type {readonly ShortLink[]}
 */
export const shortLinks = [
  { name: 'questions', to: '/choosing-a-provider/questions-to-ask/', label: 'Questions to ask' },
  { name: 'recovery', to: '/procedure/recovery/', label: 'Recovery' },
  { name: 'risks', to: '/understanding/risks/', label: 'Risks, with numbers' },
  { name: 'scorer', to: SCORER_PATH, label: 'Question scorer' },
  { name: 'path', to: '/your-path/', label: 'Your path to treatment' },
  { name: 'options', to: '/understanding/weighing-your-options/', label: 'Weighing your options (decision aid)' },
  { name: 'ask', to: '/handouts/questions-to-ask/', label: 'Handout: Questions to ask before kyphoplasty', handout: true },
  { name: 'after', to: '/handouts/after-your-kyphoplasty/', label: 'Handout: After your kyphoplasty', handout: true },
  { name: 'steps', to: '/handouts/your-path/', label: 'Handout: Your path to treatment', handout: true },
  { name: 'weigh', to: '/handouts/weighing-your-options/', label: 'Handout: Weighing your options', handout: true, sheets: 2 },
  // The Spanish decision aid (its printed summary's QR code leads back to it) and the Spanish
  // handouts, each printed with its own Spanish short link; they exist once the Spanish edition is published.
  ...(SPANISH_EDITION_PUBLISHED
    ? [
        { name: 'comparar', to: '/es/understanding/weighing-your-options/', label: 'Spanish decision aid: Cómo comparar sus opciones' },
        { name: 'preguntas', to: '/es/handouts/questions-to-ask/', label: 'Spanish handout: Preguntas para hacer antes de una cifoplastia', handout: true },
        { name: 'despues', to: '/es/handouts/after-your-kyphoplasty/', label: 'Spanish handout: Después de su cifoplastia', handout: true },
        { name: 'camino', to: '/es/handouts/your-path/', label: 'Spanish handout: Su camino hacia el tratamiento', handout: true },
        { name: 'opciones', to: '/es/handouts/weighing-your-options/', label: 'Spanish handout: Cómo comparar sus opciones', handout: true, sheets: /** @type {const} */ (2) },
      ]
    : []),
];

/** The path a short link is printed as: "/go/questions/". */
export function shortLinkPath(name) {
  return `/go/${name}/`;
}

/** The short link whose target is `path`, if there is one (handouts print their own). */
export function shortLinkTo(path) {
  return shortLinks.find((link) => link.to === path);
}

/** Astro `redirects` entries: { "/go/questions": "/choosing-a-provider/questions-to-ask/" }. */
export const shortLinkRedirects = Object.fromEntries(shortLinks.map((link) => [`/go/${link.name}`, link.to]));
