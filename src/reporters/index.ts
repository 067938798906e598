import type { Reporter, StreamReporter } from './types.js';

export { count, fromStream, summarize, summaryLine } from './summary.js';
export type { Reporter, ReporterContext, StreamReporter } from './types.js';

/**
 * Each format's module, loaded only when used: the SARIF reporter carries every rule's docs, and a run
 * prints one or two formats. (esbuild keeps them in the one bundle, evaluated on first use.)
 */
const LOADERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  compact: async () => (await import('./compact.js')).compact,
  json: async () => (await import('./json.js')).json,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  junit: async () => (await import('./junit.js')).junit,
  markdown: async () => (await import('./markdown.js')).markdown,
} satisfies Record<string, () => Promise<Reporter>>;

export type Format = keyof typeof LOADERS;
export const FORMATS = Object.keys(LOADERS) as Format[];

export const isFormat = (name: string): name is Format => Object.hasOwn(LOADERS, name);

/** The reporter for a format name, or undefined for an unknown name. */
export async function loadReporter(format: string): Promise<Reporter | undefined> {
  return isFormat(format) ? LOADERS[format]() : undefined;
}

/** Formats that can print each file as it is linted (the others need every result first). */
const STREAM_LOADERS: Partial<Record<Format, () => Promise<StreamReporter>>> = {
  stylish: async () => (await import('./stylish.js')).stylishStream,
  compact: async () => (await import('./compact.js')).compactStream,
  json: async () => (await import('./json.js')).jsonStream,
  github: async () => (await import('./github.js')).githubStream,
};

/** The streaming reporter for a format, or undefined when the format needs the whole run. */
export async function loadStreamReporter(format: Format): Promise<StreamReporter | undefined> {
  return STREAM_LOADERS[format]?.();
}
