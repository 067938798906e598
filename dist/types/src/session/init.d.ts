import type { DocumentKind } from '../types.js';
import { type DeployPaths } from './workflows.js';
export interface RepositoryFacts {
    /** Documents by kind, with up to three example paths each. */
    documents: Partial<Record<DocumentKind, {
        count: number;
        examples: string[];
    }>>;
    /** The deploy paths named in .github/workflows, with the workflow files that name them. */
    deploys: DeployPaths;
    /** Folders that hold JSON that is not a document ecslint reads (candidates for `ignore`). */
    fixtureFolders: string[];
}
/** What the repository at `cwd` holds, for the starter config. */
export declare function detectRepository(cwd: string): Promise<RepositoryFacts>;
/** The starter config's YAML text, every line explained. */
export declare function starterConfig(facts: RepositoryFacts): string;
/** Write `.ecslintrc.yaml` in `cwd`; refused when a config is already there. Returns the file's name. */
export declare function writeStarterConfig(cwd: string, write: (path: string, text: string) => void): Promise<{
    file: string;
    facts: RepositoryFacts;
}>;
