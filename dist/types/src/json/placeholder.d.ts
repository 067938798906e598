/**
 * Template placeholders inside string values: `${TAG}`, `{{ image }}`, `<IMAGE>`, `%VAR%`, or a whole
 * value `$VAR`. Go templates (`{{.Name}}`, Docker's log `tag` syntax) are not placeholders.
 *
 * A hand-written scan rather than a regular expression: the engine runs it on every string of every
 * document, and it must stay linear on hostile input (1 MB of `{{` or `${`), where a bounded regex still
 * retries up to its bound at every position.
 */
/** The first placeholder in a string, or undefined. */
export declare function findPlaceholder(value: string): string | undefined;
/**
 * Does the string hold a placeholder? Every one starts with `$`, `{`, `<` or `%`, and most values hold none
 * of them: a plain scan answers those without the full search, which rules run on nearly every string.
 */
export declare function hasPlaceholder(value: string): boolean;
