/**
 * Maps a value written in another format's names (CloudFormation's PascalCase, Terraform's snake_case
 * blocks) onto the ECS API's shape, remembering for every mapped object which key of the source each
 * member came from, so that a finding's path in the mapped document leads back to the user's text.
 */
import type { JsonPath } from '../types.js';
/** The shape of a value in the source format. `map` is a string-to-string map whose keys are the user's. */
export type Shape = 'string' | 'integer' | 'boolean' | 'map' | 'any' | ObjectShape | ArrayShape;
export interface ObjectShape {
    /** What the object is called in messages (`container definition`). */
    title: string;
    props: Record<string, Prop>;
    /** An object written as a one-item list of blocks (Terraform): unwrapped to the object. */
    block?: boolean;
}
export interface ArrayShape {
    items: Shape;
}
export interface Prop {
    /** The ECS API's name of the member. */
    api: string;
    shape: Shape;
    /** Turns the source value into the API's (Terraform's `tags` map into a Key/Value list…). */
    convert?: (value: unknown) => unknown;
}
/** The result of resolving an expression of the source format. */
export type Resolved = {
    known: true;
    value: unknown;
} | {
    known: false;
    text: string;
};
export interface MapOptions {
    /** `undefined` when `value` is a plain value; otherwise what the expression gives. */
    resolve?: (value: unknown) => Resolved | undefined;
    /** Strings, numbers and booleans are converted to the type the API wants, as CloudFormation does. */
    coerce?: boolean | ((path: JsonPath) => boolean);
    /** Members whose value is null are left out (Terraform writes every unset attribute as null). */
    dropNull?: boolean;
    /** A key matches a member without regard to case (Go's encoding/json, as the Terraform provider decodes). */
    caseInsensitive?: boolean;
    /** A key the shape does not have. Return true to keep it under its own name (the schema then judges it). */
    unknownKey?: (key: string, shape: ObjectShape, sourcePath: JsonPath) => boolean;
}
export interface Mapped {
    value: unknown;
    toSource(path: JsonPath): JsonPath;
    isUnknown(path: JsonPath): boolean;
    sourceName(path: JsonPath): string | undefined;
    /** `toSource` for a fix's edit: undefined when a step is not written in the file as a plain value. */
    fixPath(path: JsonPath): JsonPath | undefined;
}
/** A `${…}` placeholder for a value the linter cannot know (rules skip values with placeholders). */
export declare function unknownText(description: string): string;
export declare function mapShape(source: unknown, shape: Shape, options: MapOptions, sourcePrefix?: JsonPath): Mapped;
