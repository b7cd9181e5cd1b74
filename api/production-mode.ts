// Preloaded (`node --import`) by `npm start` and `npm run bench:api`, before graphql is
// imported: graphql-js reads NODE_ENV once, at load, and outside production it checks every
// `instanceof` of a schema type against a second copy of itself. Those checks were a
// fourteenth of a depth-2 neighbourhood's API time (measured, database answer cached: 2.1 →
// 1.7 ms). Tests keep the checks; an explicit NODE_ENV wins.
process.env.NODE_ENV ??= 'production';
