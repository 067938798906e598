/** Fill `{{name}}` placeholders; long values are shortened with an ellipsis. */
export declare function interpolate(template: string, data?: Readonly<Record<string, string | number | boolean>>): string;
