/** Where the documentation of each rule is: the links findings, SARIF and listings carry. */
export const DOCS_BASE = 'https://github.com/ecslint/ecslint/blob/main/rules';
const DOCS_URLS = new Map<string, string>();
/** The README of a rule (one string per rule, shared by its findings). */
export const docsUrl = (ruleId: string): string => {
  let url = DOCS_URLS.get(ruleId);
  if (url === undefined) {
    url = `${DOCS_BASE}/${ruleId}/README.md`;
    DOCS_URLS.set(ruleId, url);
  }
  return url;
};

/** Where the docs of policies and plugin rules are explained, for a team rule that names no page of its own. */
export const POLICY_DOCS = 'https://github.com/ecslint/ecslint/blob/main/docs/policies.md';

/**
 * The docs of a rule: a built-in rule's README; for a policy or plugin rule (namespaced, `acme/…`), which
 * has no README here, its first http(s) reference, else the guide to policies and plugins.
 */
export function ruleDocsUrl(meta: { id: string; references?: readonly string[] }): string {
  if (!meta.id.includes('/')) return docsUrl(meta.id);
  return meta.references?.find((r) => /^https?:\/\//i.test(r)) ?? POLICY_DOCS;
}
