// A zip archive of a folder (deflate, UTF-8 names), so the folder copy can be handed out as one
// file that every operating system unpacks without extra software. Node's zlib does the compression.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** Zip's MS-DOS date and time fields, for one fixed moment: the same folder gives the same bytes. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** Writes `zipFile` with every file under `dir`, inside a top folder named `folder`. */
export async function writeZip(dir: string, zipFile: string, folder: string): Promise<{ files: number; bytes: number }> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	const paths = entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/')).sort();
	const locals: Buffer[] = [];
	const central: Buffer[] = [];
	let offset = 0;
	for (const path of paths) {
		const data = await readFile(join(dir, path));
		const deflated = deflateRawSync(data, { level: 9 });
		// Already-compressed files (the index, images) are stored as they are when deflate gains nothing.
		const [method, body] = deflated.length < data.length ? [8, deflated] : [0, data];
		const name = Buffer.from(`${folder}/${path}`, 'utf8');
		const crc = crc32(data);
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt16LE(20, 4); // version needed: 2.0
		local.writeUInt16LE(0x0800, 6); // flags: names are UTF-8
		local.writeUInt16LE(method, 8);
		local.writeUInt16LE(DOS_TIME, 10);
		local.writeUInt16LE(DOS_DATE, 12);
		local.writeUInt32LE(crc, 14);
		local.writeUInt32LE(body.length, 18);
		local.writeUInt32LE(data.length, 22);
		local.writeUInt16LE(name.length, 26);
		local.writeUInt16LE(0, 28);
		locals.push(local, name, body);
		const header = Buffer.alloc(46);
		header.writeUInt32LE(0x02014b50, 0);
		header.writeUInt16LE(20, 4); // made by: 2.0
		header.writeUInt16LE(20, 6);
		header.writeUInt16LE(0x0800, 8);
		header.writeUInt16LE(method, 10);
		header.writeUInt16LE(DOS_TIME, 12);
		header.writeUInt16LE(DOS_DATE, 14);
		header.writeUInt32LE(crc, 16);
		header.writeUInt32LE(body.length, 20);
		header.writeUInt32LE(data.length, 24);
		header.writeUInt16LE(name.length, 28);
		header.writeUInt32LE(offset, 42);
		central.push(header, name);
		offset += local.length + name.length + body.length;
	}
	const centralSize = central.reduce((sum, b) => sum + b.length, 0);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(paths.length, 8);
	end.writeUInt16LE(paths.length, 10);
	end.writeUInt32LE(centralSize, 12);
	end.writeUInt32LE(offset, 16);
	const zip = Buffer.concat([...locals, ...central, end]);
	await writeFile(zipFile, zip);
	return { files: paths.length, bytes: zip.length };
}
