/** A git-style unified diff of one file (`git apply` takes it). */
export declare function unifiedDiff(file: string, before: string, after: string): string;
