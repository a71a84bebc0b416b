// The types of fact-validator.generated.js (see tools/fact-validator.mjs).
/** True when the value is a valid fact of schema/facts.schema.json. */
export declare const isValidFact: (data: unknown) => boolean;
