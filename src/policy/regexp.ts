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
import type { RE2JS } from 're2js';
import { loadRe2 } from '../lazy.js';

export const linearRegExp: RegExpEngine = Object.assign(
  (pattern: string): { test: (s: string) => boolean; toString: () => string } => {
    let compiled: RE2JS;
    try {
      const { RE2JS: Re2 } = loadRe2();
      compiled = Re2.compile(Re2.translateRegExp(pattern));
    } catch (error) {
      const reason = (error as Error).message?.split('\n')[0] ?? String(error);
      throw new Error(
        `pattern ${JSON.stringify(pattern.length > 60 ? `${pattern.slice(0, 59)}…` : pattern)} is not supported: ${reason} (policies match with RE2, which has no lookaround or backreferences)`,
      );
    }
    // ajv keeps one compiled pattern per toString(): it must tell patterns apart.
    return { test: (s: string) => compiled.test(s), toString: () => `re2:${pattern}` };
  },
  // For ajv's standalone code, which policies never use.
  { code: 'linearRegExp' },
);
