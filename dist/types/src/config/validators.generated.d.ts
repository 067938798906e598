export declare const validateConfig: typeof validate10;
declare function validate10(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const options0: typeof validate11;
declare function validate11(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
export declare const options1: typeof validate12;
declare function validate12(data: any, { instancePath, parentData, parentDataProperty, rootData }?: {
    instancePath?: string | undefined;
    rootData?: any;
}): boolean;
/** Option validators by rule id, with the JSON of the schema each was generated from. */
export declare const OPTION_VALIDATORS: {
    "allowed-image-registries": {
        schema: string;
        validate: typeof validate11;
    };
    schema: {
        schema: string;
        validate: typeof validate12;
    };
};
export {};
