export interface ContainerFileTarget {
    /** As reports name it: relative to the working directory. */
    file: string;
    template: boolean;
    /** The resource that reads it and where: `aws_ecs_task_definition.web (infra/main.tf)`. */
    label: string;
}
/**
 * The container files the `.tf` files (paths relative to `cwd`) refer to, by absolute path. A reference that
 * leads out of the working directory, to no file or to something else than a regular file is skipped with a
 * warning naming the `.tf` file.
 */
export declare function findContainerFiles(tfFiles: readonly string[], cwd: string, maxFileSize: number, warn: (message: string) => void): Map<string, ContainerFileTarget>;
