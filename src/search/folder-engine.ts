// Search in the folder copy (dist-offline/, opened from file://). Such a page can neither fetch
// files, nor import modules, nor start workers, so Pagefind cannot load its index (Pagefind issues
// #202 and #241). The folder build (src/folder-build/search-bundle.ts) wrote Pagefind's own engine
// as a classic script and the index files and lexicons, byte for byte, into another; this loads
// both and answers the engine's requests from memory. Same engine, same index, same query plans
// (client.ts): the same results as the website. No Node imports: the build reads the names below.

/** Where the folder build puts its two scripts, and the globals they define. */
export const FOLDER_SEARCH = {
	/** Classic script defining `dataGlobal`: every index file, base64, by path from the site root. */
	data: 'pagefind/kb-folder-index.js',
	dataGlobal: '__kbFolderIndex',
	/** Pagefind's pagefind.js bundled as a classic script defining `engineGlobal`. */
	engine: 'pagefind/kb-folder-pagefind.js',
	engineGlobal: '__kbFolderPagefind',
	/** `<meta name=…>` on every page of the folder copy: the relative URL of the site's root. */
	rootMeta: 'kb-folder-root',
} as const;

interface PagefindModule {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	search(query: string): Promise<unknown>;
}

export interface FolderSite {
	/** The folder's root as a file: URL, with a trailing slash. */
	root: string;
	/** fetch() for files of the search index, answered from memory. */
	fetch(input: RequestInfo | URL): Promise<Response>;
	/** Pagefind's API, running on the main thread over the index in memory. */
	pagefind<T>(): Promise<T>;
	/** The file a site URL is in the folder: `/en/x/#id` → `file:///…/en/x/index.html#id`. */
	pageUrl(url: string): string;
}

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`search could not load ${src}`));
		document.head.append(script);
	});
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

/** The folder copy this page belongs to, or null when the page is served over HTTP. */
export function folderSite(): FolderSite | null {
	if (location.protocol !== 'file:') return null;
	const globals = window as unknown as Record<string, unknown>;
	const rootMeta = document.querySelector<HTMLMetaElement>(`meta[name="${FOLDER_SEARCH.rootMeta}"]`);
	const root = new URL(rootMeta?.content ?? './', location.href).href;
	let index: Promise<Record<string, string>> | undefined;
	const loadIndex = () => (index ??= loadScript(root + FOLDER_SEARCH.data).then(() => globals[FOLDER_SEARCH.dataGlobal] as Record<string, string>));
	const original = window.fetch.bind(window);

	const fromMemory = async (input: RequestInfo | URL): Promise<Response> => {
		const url = new URL(input instanceof Request ? input.url : String(input), location.href).href.replace(/[?#].*$/, '');
		if (!url.startsWith(root)) return original(input);
		const data = (await loadIndex())[decodeURIComponent(url.slice(root.length))];
		return data === undefined ? new Response(null, { status: 404 }) : new Response(bytes(data));
	};

	let engine: Promise<PagefindModule> | undefined;
	const loadEngine = () =>
		(engine ??= Promise.all([loadIndex(), loadScript(root + FOLDER_SEARCH.engine)]).then(() => {
			// Pagefind reads its files with the global fetch; from a folder only memory can answer.
			window.fetch = fromMemory;
			const api = globals[FOLDER_SEARCH.engineGlobal] as PagefindModule;
			return {
				// No worker (file: pages cannot start one), and result URLs as the site writes them.
				options: (options) => api.options({ ...options, noWorker: true, baseUrl: '/' }),
				init: () => api.init(),
				search: (query) => api.search(query),
			} satisfies PagefindModule;
		}));

	return {
		root,
		fetch: fromMemory,
		pagefind: <T>() => loadEngine() as Promise<T>,
		pageUrl(url) {
			const { pathname, search, hash } = new URL(url, 'file:///');
			return root + (pathname.endsWith('/') ? `${pathname}index.html` : pathname).slice(1) + search + hash;
		},
	};
}
