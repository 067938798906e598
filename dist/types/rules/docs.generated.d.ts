/** Each rule's README (built-in and pseudo-rules), by rule id. */
export declare const RULE_DOCS: Readonly<Record<string, {
    readonly markdown: string;
}>>;
