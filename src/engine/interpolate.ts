const MAX_VALUE = 120;

/** Fill `{{name}}` placeholders; long values are shortened with an ellipsis. */
export function interpolate(template: string, data: Readonly<Record<string, string | number | boolean>> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    if (!Object.hasOwn(data, name)) return whole;
    const text = String(data[name]);
    return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
  });
}
