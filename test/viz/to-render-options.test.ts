import { describe, expect, it } from 'vitest';
import { VIEWPORT_THRESHOLD, toRenderOptions } from '../../viz/src/to-render-options.js';

describe('toRenderOptions', () => {
  it('redraws small graphs in full, at the screen pixel ratio', () => {
    expect(toRenderOptions(169)).toEqual({
      textureOnViewport: false,
      hideEdgesOnViewport: false,
      pixelRatio: null,
    });
    expect(toRenderOptions(VIEWPORT_THRESHOLD).textureOnViewport).toBe(false);
  });

  it('moves a snapshot without edges at one pixel per CSS pixel above the threshold', () => {
    expect(toRenderOptions(VIEWPORT_THRESHOLD + 1)).toEqual({
      textureOnViewport: true,
      hideEdgesOnViewport: true,
      pixelRatio: 1,
    });
    expect(toRenderOptions(5_000).textureOnViewport).toBe(true);
  });
});
