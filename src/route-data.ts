/**
 * Starlight route middleware (the `routeMiddleware` option in astro.config.mjs): adds to each
 * page's <head> the picture shown when it is shared, in the page's language (SITE_IMAGES in
 * src/config/site.mjs): a Spanish page shared in a text message shows Spanish words. Starlight
 * already sets the title, description, address, og:locale and a large-image Twitter card; its
 * `head` option is the same for every page, which is why this is here. Absolute addresses,
 * because other sites fetch the picture.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { SITE_IMAGES, SITE_URL } from './config/site.mjs';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const image = SITE_IMAGES[route.lang === 'es' ? 'es' : 'en'];
  const url = new URL(image.path, SITE_URL).href;
  route.head.push(
    { tag: 'meta', attrs: { property: 'og:image', content: url } },
    { tag: 'meta', attrs: { property: 'og:image:type', content: 'image/png' } },
    { tag: 'meta', attrs: { property: 'og:image:width', content: String(image.width) } },
    { tag: 'meta', attrs: { property: 'og:image:height', content: String(image.height) } },
    { tag: 'meta', attrs: { property: 'og:image:alt', content: image.alt } },
    { tag: 'meta', attrs: { name: 'twitter:image', content: url } },
    { tag: 'meta', attrs: { name: 'twitter:image:alt', content: image.alt } },
  );
});
