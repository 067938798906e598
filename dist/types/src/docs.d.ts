/** Where the documentation of each rule is: the links findings, SARIF and listings carry. */
export declare const DOCS_BASE = "https://github.com/ecslint/ecslint/blob/main/rules";
/** The README of a rule (one string per rule, shared by its findings). */
export declare const docsUrl: (ruleId: string) => string;
/** Where the docs of policies and plugin rules are explained, for a team rule that names no page of its own. */
export declare const POLICY_DOCS = "https://github.com/ecslint/ecslint/blob/main/docs/policies.md";
/**
 * The docs of a rule: a built-in rule's README; for a policy or plugin rule (namespaced, `acme/…`), which
 * has no README here, its first http(s) reference, else the guide to policies and plugins.
 */
export declare function ruleDocsUrl(meta: {
    id: string;
    references?: readonly string[];
}): string;
