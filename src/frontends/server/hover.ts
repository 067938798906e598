import { RULE_DOCS } from '../../../rules/docs.generated.js';
import { cell } from '../../reporters/markdown.js';
import type { Diagnostic } from '../../types.js';

/** A rule README's `## Why` and `## How to fix` sections: what `--explain` leads with. */
export function ruleExplanation(ruleId: string): string | undefined {
  const markdown = RULE_DOCS[ruleId]?.markdown;
  if (!markdown) return undefined;
  const section = (title: string): string | undefined =>
    markdown.match(new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm'))?.[1]?.trim();
  const parts = [['Why', section('Why')] as const, ['How to fix', section('How to fix')] as const]
    .filter(([, text]) => text)
    .map(([title, text]) => `**${title}**\n\n${text}`);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** Hover text for the findings under the cursor: each message, then its rule's why and fix. */
export function hoverMarkdown(findings: readonly Diagnostic[]): string {
  return findings
    .map((d) => {
      const head = `**ecslint** [\`${d.ruleId}\`](${d.docsUrl}): ${cell(d.message)}${d.hint ? `\n\n*${cell(d.hint)}*` : ''}`;
      const why = ruleExplanation(d.ruleId);
      return why ? `${head}\n\n${why}` : head;
    })
    .join('\n\n---\n\n');
}
