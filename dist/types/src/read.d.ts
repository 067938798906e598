/** Why a file was not read: a message for a one-line error, after the file's name. */
export declare class NotReadable extends Error {
}
/** The text of a regular file of at most `limit` bytes (UTF-8). Throws NotReadable or the file system's error. */
export declare function readRegularFile(path: string, limit?: number): string;
/** `readRegularFile`'s error as the end of a sentence: the NotReadable text, or the system's error code. */
export declare function whyNotRead(error: unknown): string;
