import type { SourceFile } from '../types.js';
export declare function readTerraform(input: string): SourceFile;
