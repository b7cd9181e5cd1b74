// Simplified/traditional display. opencc-js's dictionaries are large (the s→t one is over 1 MB),
// so each direction is loaded only when the reader first asks for it, and text is shown as
// written until then; `onReady` lets the page redraw once the dictionary has arrived.
import type { Script } from './url-state.js';

export type Convert = (text: string) => string;

export interface ScriptConverter {
  /** Converts for display; the identity while the dictionary is still loading. */
  convert: Convert;
  setScript(script: Script): Promise<void>;
}

const identity: Convert = (text) => text;

async function loadConverter(script: Exclude<Script, 'original'>): Promise<Convert> {
  if (script === 'simplified') {
    const { Converter } = await import('opencc-js/t2cn');
    return Converter({ from: 'tw', to: 'cn' });
  }
  const { Converter } = await import('opencc-js/cn2t');
  return Converter({ from: 'cn', to: 'tw' });
}

export function createScriptConverter(onReady: () => void): ScriptConverter {
  const cache = new Map<Script, Convert>([['original', identity]]);
  let current: Convert = identity;
  let wanted: Script = 'original';
  return {
    convert: (text) => current(text),
    async setScript(script) {
      wanted = script;
      let converter = cache.get(script);
      if (!converter) {
        converter = await loadConverter(script as Exclude<Script, 'original'>);
        cache.set(script, converter);
      }
      if (wanted !== script) return;
      current = converter;
      onReady();
    },
  };
}
