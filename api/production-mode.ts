// Preloaded (`node --import`, after tsx) by `npm start` and `npm run bench:api`, before the app
// is imported. An explicit NODE_ENV wins; tests run without this file.
//
// graphql-js reads NODE_ENV once, at load, and outside production it checks every `instanceof`
// of a schema type against a second copy of itself: a fourteenth of a depth-2 neighbourhood's
// API time (measured, database answer cached: 2.1 → 1.7 ms).
process.env.NODE_ENV ??= 'production';

// tsx turns source maps on for the whole process, and neo4j-driver formats a stack trace for
// every query it runs (for its error messages): mapped through source maps, that was ~8% of
// the Node CPU of a small GraphQL read at concurrency 16. Stack traces then name tsx's output
// positions; `--enable-source-maps` keeps them mapped.
const wantsSourceMaps = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) =>
  arg.includes('--enable-source-maps'),
);
if (process.env.NODE_ENV === 'production' && !wantsSourceMaps) process.setSourceMapsEnabled(false);
