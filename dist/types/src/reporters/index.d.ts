import type { Reporter, StreamReporter } from './types.js';
export { count, fromStream, summarize, summaryLine } from './summary.js';
export type { Reporter, ReporterContext, StreamReporter } from './types.js';
/**
 * Each format's module, loaded only when used: the SARIF reporter carries every rule's docs, and a run
 * prints one or two formats. (esbuild keeps them in the one bundle, evaluated on first use.)
 */
declare const LOADERS: {
    stylish: () => Promise<Reporter>;
    compact: () => Promise<Reporter>;
    json: () => Promise<Reporter>;
    sarif: () => Promise<Reporter>;
    github: () => Promise<Reporter>;
    junit: () => Promise<Reporter>;
    markdown: () => Promise<Reporter>;
};
export type Format = keyof typeof LOADERS;
export declare const FORMATS: Format[];
export declare const isFormat: (name: string) => name is Format;
/** The reporter for a format name, or undefined for an unknown name. */
export declare function loadReporter(format: string): Promise<Reporter | undefined>;
/** The streaming reporter for a format, or undefined when the format needs the whole run. */
export declare function loadStreamReporter(format: Format): Promise<StreamReporter | undefined>;
