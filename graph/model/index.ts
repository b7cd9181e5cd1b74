export * from './vocabulary.js';
export type * from './extraction.js';
export * from './source-document.js';
