/**
 * axe-core in Chromium, the way every browser test runs it: WCAG 2.0, 2.1 and 2.2, levels A and
 * AA, nothing excluded.
 *
 * Legacy mode runs axe.run() inside the page. The default (runPartial, made for cross-origin
 * frames) opens a second, blank page to finish every run and injects axe into it again, which
 * makes each check two to three times slower; the site has no frames, so the results are the same.
 * `resultTypes: ['violations']` keeps axe from collecting every node that passed (it still runs
 * every rule on every node and reports every violation in full): about a quarter faster.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export type AxeViolations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** The page's violations; `rules` limits the run to those rules (each of them in AXE_TAGS). */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeViolations> {
  // options() replaces everything set before it (runOnly included), so it comes first.
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(AXE_TAGS).setLegacyMode(true);
  return (await (rules ? axe.withRules(rules) : axe).analyze()).violations;
}

/**
 * The rules (within AXE_TAGS) whose result depends on colour: axe's own "cat.color" category, so
 * a rule a later axe adds there is included. Call it after axeViolations(page), which put axe in
 * the page. The themes differ in colour only (held to that by test/built/theme-colours.test.ts),
 * so a page checked with every rule in one theme needs only these in the other.
 */
export function colourRules(page: Page): Promise<string[]> {
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: { getRules: (tags: string[]) => { ruleId: string; tags: string[] }[] } }).axe
        .getRules(tags)
        .filter((rule) => rule.tags.includes('cat.color'))
        .map((rule) => rule.ruleId),
    AXE_TAGS,
  );
}

/** One line per violation: the rule, its impact and where. */
export const axeSummary = (violations: AxeViolations) =>
  violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
