import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { writeZip } from '../../src/folder-build/zip.ts';

// Reads a zip the way unzip tools do: from the central directory at the end.
function readZip(zip: Buffer): Map<string, Buffer> {
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const count = zip.readUInt16LE(end + 10);
	let at = zip.readUInt32LE(end + 16);
	const files = new Map<string, Buffer>();
	for (let i = 0; i < count; i++) {
		const method = zip.readUInt16LE(at + 10);
		const size = zip.readUInt32LE(at + 20);
		const nameLength = zip.readUInt16LE(at + 28);
		const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
		const local = zip.readUInt32LE(at + 42);
		const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
		const dataAt = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
		const body = zip.subarray(dataAt, dataAt + size);
		files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
		at += 46 + nameLength + extra;
	}
	return files;
}

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'kb-zip-'));
	mkdirSync(join(dir, 'site/en/内省'), { recursive: true });
	writeFileSync(join(dir, 'site/index.html'), '<h1>ホーム</h1>'.repeat(100));
	writeFileSync(join(dir, 'site/en/内省/index.html'), 'page');
	writeFileSync(join(dir, 'site/random.bin'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 251)));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every file unpacks to its original bytes, under one top folder', async () => {
	const stats = await writeZip(join(dir, 'site'), join(dir, 'site.zip'), 'kb');
	const files = readZip(readFileSync(join(dir, 'site.zip')));
	expect([...files.keys()].sort()).toEqual(['kb/en/内省/index.html', 'kb/index.html', 'kb/random.bin']);
	expect(files.get('kb/index.html')!.toString('utf8')).toBe('<h1>ホーム</h1>'.repeat(100));
	expect(files.get('kb/random.bin')).toEqual(readFileSync(join(dir, 'site/random.bin')));
	expect(stats.files).toBe(3);
});

test('the same folder gives the same bytes', async () => {
	await writeZip(join(dir, 'site'), join(dir, 'a.zip'), 'kb');
	await writeZip(join(dir, 'site'), join(dir, 'b.zip'), 'kb');
	expect(readFileSync(join(dir, 'a.zip'))).toEqual(readFileSync(join(dir, 'b.zip')));
});

test('marks non-ASCII names as UTF-8, so unzip tools on every system read them', async () => {
	await writeZip(join(dir, 'site'), join(dir, 'c.zip'), 'kb');
	const zip = readFileSync(join(dir, 'c.zip'));
	const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
	const flags = new Map<string, number>();
	for (let i = 0, at = zip.readUInt32LE(end + 16); i < zip.readUInt16LE(end + 10); i++) {
		const nameLength = zip.readUInt16LE(at + 28);
		flags.set(zip.subarray(at + 46, at + 46 + nameLength).toString('utf8'), zip.readUInt16LE(at + 8));
		at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
	}
	expect(flags.get('kb/en/内省/index.html')! & 0x0800).toBe(0x0800);
});
