import * as OpenCC from 'opencc-js';

type ConvertText = (text: string) => string;
type CreateConverter = (options: { from: string; to: string }) => ConvertText;

// opencc-js ships .d.ts files whose extensionless relative imports do not resolve under
// NodeNext, so its types arrive as errors; this is the one place that pins them down.
const createConverter = OpenCC.Converter as unknown as CreateConverter;

/** Traditional (Hong Kong, Taiwan or generic) → mainland simplified characters. */
export const toSimplified: ConvertText = createConverter({ from: 'hk', to: 'cn' });
