// Letter tests on words and names, each pattern compiled once: they run for every token of a memo and every alias of
// a dataset, and a pattern written inside a function is a new object each time the function runs.
const LETTER = /\p{L}/u;
const LOWERCASE = /\p{Ll}/u;
const STARTS_UPPERCASE = /^\p{Lu}/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
const ALL_UPPERCASE = /^\p{Lu}+$/u;

export const hasLetter = (text: string): boolean => LETTER.test(text);
export const hasLowercase = (text: string): boolean => LOWERCASE.test(text);
export const startsUppercase = (text: string): boolean => STARTS_UPPERCASE.test(text);
export const startsLowercase = (text: string): boolean => STARTS_LOWERCASE.test(text);
export const isAllUppercase = (text: string): boolean => ALL_UPPERCASE.test(text);
