/**
 * Template placeholders inside string values: `${TAG}`, `{{ image }}`, `<IMAGE>`, `%VAR%`, `<%= tag %>`
 * (ERB, EJS), `#{Tag}` (Ruby, Octopus Deploy), a whole value `$VAR`,
 * and a `$VAR` that stands between the separators of an ARN, URI or host name
 * (`arn:aws:iam::$AWS_ACCOUNT_ID:role/x`, `$ACCOUNT.dkr.ecr.$REGION.amazonaws.com/app`), as envsubst and
 * shells fill them. A `$VAR` inside a command line (`echo $HOME`) is the shell's, not a template's, and
 * `$(ecs_task_id)` is Fluent Bit's record accessor, filled per record. Go
 * templates (`{{.Name}}`, Docker's log `tag` syntax) are not placeholders, and neither is `<account-id>` where
 * an ARN or an ECR registry has its account: that is a dummy copied from AWS's examples, never filled in.
 *
 * A hand-written scan rather than a regular expression: the engine runs it on every string of every
 * document, and it must stay linear on hostile input (1 MB of `{{` or `${`), where a bounded regex still
 * retries up to its bound at every position.
 */
/** The first placeholder in a string, or undefined. */
export declare function findPlaceholder(value: string): string | undefined;
/**
 * Does the string hold a placeholder? Every one starts with `$`, `{`, `<`, `%` or `#`, and most values hold
 * none of them: a plain scan answers those without the full search, which rules run on nearly every string.
 */
export declare function hasPlaceholder(value: string): boolean;
