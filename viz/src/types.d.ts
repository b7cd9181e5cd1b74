// cytoscape-fcose ships no types: it is a CommonJS Cytoscape extension for `cytoscape.use`.
declare module 'cytoscape-fcose' {
  import type { Ext } from 'cytoscape';
  const fcose: Ext;
  export = fcose;
}
