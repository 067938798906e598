import type { SourceFile } from './types.js';
export interface ReadOptions {
    /** The file's name (its extension picks the input; Dockerrun files are known by name). */
    file: string;
    /** Comments and trailing commas in JSON are accepted silently. */
    allowComments?: boolean;
    /** The file is one a Terraform task definition reads its containers from (`template`: by templatefile). */
    containerFile?: {
        template: boolean;
        label?: string;
    };
}
export declare function readSource(text: string, options: ReadOptions): SourceFile;
