import { describe, expect, it } from 'vitest';
import {
  sniffContainer,
  toSourceFormat,
  toUnsupportedReason,
} from '../../graph/ingest/detect-format.js';

describe('toSourceFormat', () => {
  it.each([
    ['a/plan.txt', 'text'],
    ['notes.MD', 'text'],
    ['page.htm', 'html'],
    ['page.html', 'html'],
    ['方案.DOCX', 'docx'],
    ['scan.pdf', 'pdf'],
    ['sheet.xlsx', null],
    ['README', null],
    ['.txt', null],
  ])('reads %s as %s', (name, format) => {
    expect(toSourceFormat(name)).toBe(format);
  });
});

describe('toUnsupportedReason', () => {
  it('says what to do with a legacy .doc', () => {
    expect(toUnsupportedReason('old.doc')).toMatch(/save it as \.docx/);
  });

  it('names the extension of other files', () => {
    expect(toUnsupportedReason('data.xlsx')).toBe('unsupported file type .xlsx');
  });
});

describe('sniffContainer', () => {
  it.each([
    [[0x50, 0x4b, 0x03, 0x04, 0x14], 'zip'],
    [[0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'pdf'],
    [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'ole2'],
    [[0xe5, 0xb8, 0x82], null],
    [[], null],
  ])('reads %j as %s', (bytes, kind) => {
    expect(sniffContainer(Uint8Array.from(bytes))).toBe(kind);
  });
});
