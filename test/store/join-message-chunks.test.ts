import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { joinMessageChunks } from '../../graph/store/join-message-chunks.js';

// The driver internals the module patches, loaded the way it loads them.
const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
const { Dechunker } = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
  Dechunker: new () => { onmessage: (message: unknown) => void; write(buffer: unknown): void };
};
const ChannelBuffer = (
  fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
    default: new (buffer: Buffer) => unknown;
  }
).default;

/** Bolt framing: each piece as a chunk (two-byte size, then the bytes), then the 0 end marker. */
function frame(pieces: readonly Buffer[]): Buffer {
  const parts = pieces.flatMap((piece) => {
    const header = Buffer.alloc(2);
    header.writeUInt16BE(piece.length);
    return [header, piece];
  });
  return Buffer.concat([...parts, Buffer.from([0, 0])]);
}

/** Feeds the framed bytes to a Dechunker in socket reads of `readSize` bytes. */
function dechunk(framed: Buffer, readSize: number): { _buffer?: Buffer; _buffers?: unknown } {
  const dechunker = new Dechunker();
  const messages: unknown[] = [];
  dechunker.onmessage = (message) => messages.push(message);
  for (let at = 0; at < framed.length; at += readSize) {
    dechunker.write(new ChannelBuffer(framed.subarray(at, at + readSize)));
  }
  expect(messages).toHaveLength(1);
  return messages[0] as { _buffer?: Buffer; _buffers?: unknown };
}

describe('joinMessageChunks', () => {
  it('finds the driver internals it relies on (fails when an upgrade changes them)', () => {
    expect(joinMessageChunks()).toBe(true);
    expect(joinMessageChunks()).toBe(true);
  });

  it('hands the unpacker a message of several chunks and socket reads as one buffer', () => {
    joinMessageChunks();
    const text = Buffer.from('嘉庚创新实验室'.repeat(400));
    const pieces = [text.subarray(0, 3001), text.subarray(3001, 7000), text.subarray(7000)];
    for (const readSize of [frame(pieces).length, 1_000, 7]) {
      const message = dechunk(frame(pieces), readSize);
      expect(message._buffers).toBeUndefined();
      expect(Buffer.compare(message._buffer!, text)).toBe(0);
    }
  });

  it('keeps a message of one piece as it came', () => {
    joinMessageChunks();
    const text = Buffer.from('科技局');
    const message = dechunk(frame([text]), 64);
    expect(message._buffer?.toString()).toBe('科技局');
  });
});
