// The accessibility audit every browser test uses: axe's default rules plus every rule of the WCAG tags.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from './fixtures';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type RulesInPage = { axe: { getRules(tags: string[]): { ruleId: string; tags: string[] }[] } };

/**
 * Serious and critical axe violations on the page as it is now, as readable lines. The audit runs axe's default set
 * (no runOnly: every rule axe enables by default, the WCAG 2.0/2.1 A and AA rules and the best-practice ones such as
 * landmark-unique) plus every other rule tagged with wcagTags, experimental ones included: the axe bundled here leaves
 * label-content-name-mismatch (2.5.3 Label in Name) and p-as-heading off as experimental, and withTags alone skips them
 * too. Deprecated rules stay out.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const ran = new Set(
    [...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((r) => r.id),
  );
  // analyze() leaves axe in the page, so it can say which rules carry the tags.
  const tagged = await page.evaluate(
    (tags) =>
      (window as unknown as RulesInPage).axe
        .getRules(tags)
        .filter((r) => !r.tags.includes('deprecated'))
        .map((r) => r.ruleId),
    wcagTags,
  );
  const skipped = tagged.filter((id) => !ran.has(id));
  const violations = skipped.length
    ? [...results.violations, ...(await new AxeBuilder({ page }).withRules(skipped).analyze()).violations]
    : results.violations;
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}
