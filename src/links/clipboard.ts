/**
 * Puts `text` on the clipboard. The async Clipboard API needs a secure context and permission; the
 * hidden-textarea fallback covers plain-http previews and older browsers.
 */
export async function copyText(text: string): Promise<void> {
	try {
		await navigator.clipboard.writeText(text);
		return;
	} catch {
		const area = Object.assign(document.createElement('textarea'), { value: text, readOnly: true });
		area.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
		document.body.append(area);
		area.select();
		document.execCommand('copy');
		area.remove();
	}
}
