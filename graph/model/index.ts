export * from './vocabulary.js';
export type * from './extraction.js';
