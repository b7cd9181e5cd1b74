#!/usr/bin/env node
// Runs the TypeScript CLI directly through tsx, so a clone works without a build step.
import { register } from 'tsx/esm/api';

register();
await import('../graph/cli/main.ts');
