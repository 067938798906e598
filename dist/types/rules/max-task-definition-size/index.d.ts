import { type TaskView } from '../../src/rule.js';
import type { DocumentKind } from '../../src/types.js';
/** The service's limit on a task definition, in bytes (aws-facts §4.1). */
export declare const MAX_BYTES = 65536;
/** Above this share of the limit, warn: a few more variables and the next deploy fails. */
export declare const WARN_RATIO = 0.9;
/** UTF-8 bytes of `JSON.stringify(value)` leaving out the members named in `skip`; undefined when it writes nothing. */
export declare const jsonBytes: (value: unknown, skip?: readonly string[]) => number | undefined;
/** The task as AWS receives it: minified JSON of the register input. */
export declare function registeredSize(task: TaskView, kind: DocumentKind): number;
declare const _default: import("../../src/rule.js").Rule<"nearLimit" | "tooLarge", undefined>;
export default _default;
