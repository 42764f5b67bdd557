/**
 * Removes Starlight's sidebar-state script, which writes `sl-sidebar-state` to sessionStorage
 * whenever a reader leaves a page. Starlight's page route loads it directly, so no component
 * override can drop it; this Vite plugin hands the bundler an empty module in its place.
 * Our Sidebar override (src/components/overrides/Sidebar.astro) removes the matching reader.
 * The privacy test fails if storage is written again, for example after a Starlight upgrade
 * renames the file.
 */
import type { AstroIntegration } from 'astro';

const STARLIGHT_SIDEBAR_STATE = /[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components-internals[\\/]SidebarPersistState\.(?:js|ts)$/;

export default function noSidebarState(): AstroIntegration {
  return {
    name: 'kyphoplasty:no-sidebar-state',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'kyphoplasty:no-sidebar-state',
                enforce: 'pre',
                load(id: string) {
                  if (STARLIGHT_SIDEBAR_STATE.test(id.split('?')[0]!)) return 'export {};';
                  return undefined;
                },
              },
            ],
          },
        });
      },
    },
  };
}
