/** GitHub refuses a step summary over 1 MiB (the upload fails with an error annotation). */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * The job summary Markdown cut at a line boundary so that it, with a closing note, stays within `limit`
 * bytes of UTF-8. Text within the limit is returned unchanged.
 */
export function truncateSummary(markdown: string, total: number, limit = STEP_SUMMARY_LIMIT): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = `\n> [!NOTE]\n> The summary is cut here: it would be over GitHub's 1 MiB limit for a step summary. All ${total} findings are in the log, the annotations and the SARIF file (\`sarif-file\`).\n`;
  const budget = limit - Buffer.byteLength(note);
  let kept = '';
  let size = 0;
  for (const line of markdown.split(/(?<=\n)/)) {
    const bytes = Buffer.byteLength(line);
    if (size + bytes > budget) break;
    kept += line;
    size += bytes;
  }
  return kept + note;
}
