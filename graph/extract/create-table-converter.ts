/** One dictionary as opencc-js ships it: 'key value|key value' or [key, value] pairs. */
export type DictLike = string | ReadonlyArray<readonly [string, string]>;

/** One of opencc-js's conversion configs (`Locale.configs.hk2s`), its dictionaries by step. */
export interface ConversionConfig {
  /** Stages run over the whole text first (compatibility ideographs → unified ones). */
  normalization: ReadonlyArray<readonly DictLike[]>;
  /** Dictionaries whose longest matches cut the text into segments, or null for one segment. */
  segmentation: readonly DictLike[] | null;
  /** Stages run over each segment on its own, in order. */
  conversion: ReadonlyArray<readonly DictLike[]>;
}

/** Converts text, or returns null for text it leaves to the reference converter. */
export type TableConvert = (text: string) => string | null;

interface TrieNode {
  value?: Uint16Array;
  next?: Map<number, TrieNode>;
}

interface Trie {
  /** Keys of one unit replaced by one unit: unit → replacement, 0 for none. */
  single: Uint16Array;
  /** 1 where the trie must be walked: the first unit of a longer key or of a longer value. */
  trieStart: Uint8Array;
  /** 1 for the first unit of any key. */
  keyStart: Uint8Array;
  root: Map<number, TrieNode>;
}

/** Converted units, and 1 at each offset where a segment starts (matches never cross one). */
interface Units {
  units: Uint16Array;
  cuts: Uint8Array;
}

/** First and last ideographic description characters, which opencc steps over as a unit. */
const IDS_FIRST = 0x2ff0;
const IDS_LAST = 0x2fff;
/** Units decoded per String.fromCharCode call: far below any engine's argument limit. */
const CHUNK = 8192;

/**
 * opencc-js's configured conversion over typed arrays instead of string pieces, several times
 * faster on long texts. As opencc: the normalisation stages run over the text; the segmentation
 * dictionary's longest matches cut it into segments; each conversion stage replaces, segment by
 * segment, the longest key at each position and goes on after it; of a stage's dictionaries the
 * first wins a shared key. Matching by UTF-16 units is matching by code points, since no key
 * starts with a low surrogate. Text holding an ideographic description character (opencc steps
 * over its whole sequence) returns null: the caller runs opencc itself.
 * { conversion: [['臺 台|灣 湾|臺灣 台湾']], … } on '臺灣' → '台湾'
 */
export function createTableConverter(config: ConversionConfig): TableConvert {
  const normalization = config.normalization.map(toTrie);
  const segmentation = config.segmentation ? toTrie(config.segmentation) : null;
  const conversion = config.conversion.map(toTrie);
  return (text) => {
    let units: Uint16Array = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i);
      if (code >= IDS_FIRST && code <= IDS_LAST) return null;
      units[i] = code;
    }
    for (const trie of normalization) units = runTrie(trie, { units, cuts: noCuts(units) }).units;
    let converted: Units = {
      units,
      cuts: segmentation ? findCuts(segmentation, units) : noCuts(units),
    };
    for (const trie of conversion) converted = runTrie(trie, converted);
    return toText(converted.units);
  };
}

/** The value of the key the last successful matchAt found (kept out of its result: no allocation). */
let matchedValue: Uint16Array = new Uint16Array(0);

/** End of the longest key starting at `from` and ending at or before `limit`, or -1. */
function matchAt(trie: Trie, units: Uint16Array, from: number, limit: number): number {
  let node = trie.root.get(units[from] ?? 0);
  let end = -1;
  let j = from + 1;
  while (node) {
    if (node.value) {
      end = j;
      matchedValue = node.value;
    }
    if (!node.next || j >= limit) break;
    node = node.next.get(units[j] ?? 0);
    j += 1;
  }
  return end;
}

/** One conversion stage: each segment scanned left to right, longest key first. */
function runTrie(trie: Trie, input: Units): Units {
  const { units, cuts } = input;
  let output: Uint16Array = new Uint16Array(units.length + 16);
  let outCuts = new Uint8Array(units.length + 17);
  let length = 0;
  let segmentEnd = 0;
  let i = 0;
  while (i < units.length) {
    if (i >= segmentEnd) {
      outCuts[length] = 1;
      segmentEnd = i + 1;
      while (segmentEnd < units.length && cuts[segmentEnd] !== 1) segmentEnd += 1;
    }
    const code = units[i] ?? 0;
    const end = trie.trieStart[code] === 1 ? matchAt(trie, units, i, segmentEnd) : -1;
    const needed = length + (end === -1 ? 1 : matchedValue.length);
    if (needed >= output.length) {
      output = grow(output, needed);
      outCuts = grow(outCuts, needed + 1);
    }
    if (end !== -1) {
      output.set(matchedValue, length);
      length += matchedValue.length;
      i = end;
      continue;
    }
    output[length] = trie.single[code] || code;
    length += 1;
    i += 1;
  }
  return { units: output.subarray(0, length), cuts: outCuts.subarray(0, length + 1) };
}

/** Where opencc's segmentation cuts: around each longest match of the segmentation keys. */
function findCuts(trie: Trie, units: Uint16Array): Uint8Array {
  const cuts = new Uint8Array(units.length + 1);
  let i = 0;
  while (i < units.length) {
    const end = trie.keyStart[units[i] ?? 0] === 1 ? matchAt(trie, units, i, units.length) : -1;
    if (end !== -1) {
      cuts[i] = 1;
      cuts[end] = 1;
      i = end;
    } else {
      i += 1;
    }
  }
  return cuts;
}

function noCuts(units: Uint16Array): Uint8Array {
  return new Uint8Array(units.length + 1);
}

function grow<T extends Uint16Array | Uint8Array>(array: T, needed: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(
    Math.max(needed, array.length * 2),
  );
  bigger.set(array);
  return bigger;
}

function toText(units: Uint16Array): string {
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    // apply takes the typed array as it is; a spread would walk it through an iterator.
    parts.push(
      String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]),
    );
  }
  return parts.join('');
}

function toTrie(dicts: readonly DictLike[]): Trie {
  const single = new Uint16Array(0x10000);
  const trieStart = new Uint8Array(0x10000);
  const keyStart = new Uint8Array(0x10000);
  const root = new Map<number, TrieNode>();
  // opencc loads a group's dictionaries last first, each overwriting: the first one wins.
  for (const dict of [...dicts].reverse()) {
    for (const [key, value] of toEntries(dict)) {
      if (key.length === 0) continue;
      let node: TrieNode | undefined;
      let level = root;
      for (let k = 0; k < key.length; k += 1) {
        const code = key.charCodeAt(k);
        node = level.get(code);
        if (!node) {
          node = {};
          level.set(code, node);
        }
        if (k < key.length - 1) level = node.next ??= new Map<number, TrieNode>();
      }
      if (node) node.value = toUnits(value);
    }
  }
  for (const [code, node] of root) {
    keyStart[code] = 1;
    if (node.next || (node.value && node.value.length !== 1)) trieStart[code] = 1;
    else if (node.value) single[code] = node.value[0] ?? 0;
  }
  return { single, trieStart, keyStart, root };
}

function toUnits(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i += 1) units[i] = text.charCodeAt(i);
  return units;
}

/** A dictionary's entries: 'key value' pairs split at '|', or the pairs themselves. */
export function toEntries(dict: DictLike): Array<readonly [string, string]> {
  if (typeof dict !== 'string') return [...dict];
  return dict.split('|').flatMap((entry) => {
    const [key, value] = entry.split(' ');
    return key !== undefined && value !== undefined ? [[key, value] as const] : [];
  });
}
