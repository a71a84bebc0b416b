// The types of fact-validator.mjs, for the test that keeps the generated validator fresh.
export declare const generatedFile: string;
export declare function factValidatorSource(): string;
