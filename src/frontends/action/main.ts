/** Entry point of the GitHub Action (bundled to dist/action.js, which action.yml runs). */
import { run } from './run.js';

let settled = false;
// A run whose promise never settles (a plugin's top-level await that never ends) fails the step, not passes it.
process.once('beforeExit', () => {
  if (settled) return;
  process.stdout.write('::error::ecslint: internal error: the run stopped before it finished\n');
  process.exit(2);
});
const code = await run(process.env);
settled = true;
// Exit now: a timer a plugin left must not hold the job after the report.
process.exitCode = code;
process.exit(code);
