// qrcode's encoder without its renderers (src/sections/qr-bits.ts); @types/qrcode types only the
// package entry, whose `create` is this one.
declare module 'qrcode/lib/core/qrcode.js' {
	export { create } from 'qrcode';
}
