/**
 * The run session: what every front end (CLI, library, Action, and next the language server) calls to lint
 * and to write reports. Front ends parse their own inputs and print; everything else is here or below.
 */
export { DEFAULT_MAX_FILE_SIZE } from '../inputs/read.js';
export { pruneBaseline } from './baseline.js';
export { type ConfigResolver, configResolver, type EffectiveConfig, effectiveConfig } from './config.js';
export { detectRepository, starterConfig, writeStarterConfig } from './init.js';
export { atOrAboveCount, exitCode, type Outcome, tally, type Verdict } from './outcome.js';
export { FixOutput, projectPaths, WriteGuard, writeBaselineFile } from './outputs.js';
export { type Destination, fileSink, RunReport, realWritePath, writeAtomic, writeTarget } from './report.js';
export { configFilesOf, type FixedFile, type OnResult, runSession, type SessionInput, type SessionOptions, type SessionResult, } from './run.js';
export { STEPS, type Step } from './steps.js';
export { lineSuggestions } from './suggestions.js';
export { type DeployPath, type DeployPaths, type InferredTarget, inferTarget, workflowDeployPaths, } from './workflows.js';
