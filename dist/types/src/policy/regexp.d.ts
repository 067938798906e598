/**
 * The regular-expression engine of policies' `pattern` and `patternProperties`: RE2 (re2js, a JavaScript port
 * of Google's RE2), which matches in time linear in the input whatever the pattern. Policies come from the
 * repository under review; with JavaScript's backtracking engine a pattern such as `^(a+)+$` against 40 `a`s
 * and a `b` never finishes. Rejecting such patterns up front with a ReDoS checker was the other choice: the
 * checkers are heuristics (they miss some patterns and refuse safe ones), and the reliable one runs a JVM or
 * a native binary. RE2 makes every pattern safe instead; the price is that lookaround and backreferences,
 * which no linear-time engine can match, are refused when the policy is loaded.
 */
import type { RegExpEngine } from 'ajv/dist/types/index.js';
export declare const linearRegExp: RegExpEngine;
