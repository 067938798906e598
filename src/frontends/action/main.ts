/** Entry point of the GitHub Action (bundled to dist/action.js, which action.yml runs). */
import { run } from './run.js';

process.exitCode = await run(process.env);
