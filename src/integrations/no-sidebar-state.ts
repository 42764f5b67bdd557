/**
 * Removes Starlight's sidebar-state script, which writes `sl-sidebar-state` to sessionStorage
 * whenever a reader leaves a page. Starlight's page route loads it directly, so no component
 * override can drop it; this Vite plugin hands the bundler an empty module in its place.
 * Our Sidebar override (src/components/overrides/Sidebar.astro) removes the matching reader.
 * The privacy test fails if storage is written again, for example after a Starlight upgrade
 * renames the file.
 */
import type { AstroIntegration } from 'astro';
import { stubStarlightModule } from './stub-starlight-module';

export default function noSidebarState(): AstroIntegration {
  return stubStarlightModule('kyphoplasty:no-sidebar-state', 'components-internals/SidebarPersistState', 'export {};');
}
