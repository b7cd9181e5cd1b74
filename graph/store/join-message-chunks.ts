import { createRequire } from 'node:module';

// neo4j-driver (6.3, the newest) hands a Bolt message that arrived in more than one piece
// (more than one chunk, or one chunk split across socket reads: any record over a few kB) to
// its unpacker as a CombinedBuffer of the pieces. That buffer looks every byte up by walking
// its list of pieces, and decodes every string through a fresh StringDecoder over all of them,
// so the cost of a record grows with its size times its pieces. The API's graph reads answer in
// one record of tens to hundreds of kB (a depth-2 neighbourhood: 171 nodes, 1,000 edges,
// 165 kB), and decoding was most of their Node CPU: 12.8 ms of 22 ms wall per read, measured.
// Joining the pieces into one buffer when the message ends (one copy, microseconds) lets the
// unpacker take its single-buffer path: the same read then costs 6.1 ms of Node CPU and
// 14.4 ms wall. The bytes decoded are the same, so nothing else changes.
//
// This reaches into the driver's internals, which carry no compatibility promise; so it
// checks the shapes it relies on and leaves the driver alone when they differ, and
// `join-message-chunks.test.ts` fails when that happens, so an upgrade cannot quietly lose it.

interface PieceBuffer {
  _buffer: Buffer;
}

interface DechunkerPrototype {
  _currentMessage: unknown[];
  _onHeader: (this: DechunkerPrototype, header: number) => unknown;
}

interface DriverInternals {
  Dechunker: { prototype: DechunkerPrototype };
  ChannelBuffer: new (buffer: Buffer) => PieceBuffer;
}

let installed: boolean | undefined;

/** Makes the driver join multi-piece messages; true when it did (once per process). */
export function joinMessageChunks(): boolean {
  installed ??= install();
  return installed;
}

function install(): boolean {
  const internals = loadInternals();
  if (internals === null) return false;
  const { Dechunker, ChannelBuffer } = internals;
  const onHeader = Dechunker.prototype._onHeader;
  // A zero header ends a message; the pieces gathered so far are the whole of it.
  Dechunker.prototype._onHeader = function (this: DechunkerPrototype, header: number) {
    const pieces = this._currentMessage;
    if (header === 0 && pieces.length > 1 && pieces.every(isPieceBuffer)) {
      this._currentMessage = [new ChannelBuffer(Buffer.concat(pieces.map((p) => p._buffer)))];
    }
    return onHeader.call(this, header);
  };
  return true;
}

function loadInternals(): DriverInternals | null {
  try {
    // Resolved from the driver's own folder, so it is the copy the driver itself loaded.
    const fromDriver = createRequire(createRequire(import.meta.url).resolve('neo4j-driver'));
    const chunking = fromDriver('neo4j-driver-bolt-connection/lib/channel/chunking.js') as {
      Dechunker?: { prototype?: Partial<DechunkerPrototype> };
    };
    const channelBuffer = fromDriver('neo4j-driver-bolt-connection/lib/channel/channel-buf.js') as {
      default?: unknown;
    };
    const Dechunker = chunking.Dechunker;
    const ChannelBuffer = channelBuffer.default;
    if (typeof Dechunker?.prototype?._onHeader !== 'function') return null;
    if (typeof ChannelBuffer !== 'function') return null;
    const probe: unknown = new (ChannelBuffer as DriverInternals['ChannelBuffer'])(Buffer.alloc(1));
    if (!isPieceBuffer(probe)) return null;
    return {
      Dechunker: Dechunker as DriverInternals['Dechunker'],
      ChannelBuffer: ChannelBuffer as DriverInternals['ChannelBuffer'],
    };
  } catch {
    return null;
  }
}

function isPieceBuffer(value: unknown): value is PieceBuffer {
  return (
    typeof value === 'object' &&
    value !== null &&
    Buffer.isBuffer((value as Partial<PieceBuffer>)._buffer)
  );
}
