// The offline feature's words in each language: the installed app's name, the notice that a new
// version has arrived, and the status shown on the about/offline page.
const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1);

export const strings = {
	ja: {
		appName: 'LLMの心理と安全性 知識ベース',
		appShortName: 'LLM知識ベース',
		appDescription: '大規模言語モデルの心理と安全性を日本語と英語でまとめた知識ベースです。オフラインでも読めます。',
		updated: 'この知識ベースの新しい版を受け取りました。再読み込みすると表示されます。',
		reload: '再読み込み',
		unsupported: 'このブラウザーはService Workerに対応していないため、オフライン用のコピーを保存できません。',
		caching: (files: number, total: number, bytes: number, totalBytes: number) => `オフライン用のコピーを保存しています（${total}ファイル中${files}ファイル、${mb(totalBytes)} MB中${mb(bytes)} MB）…`,
		onDemand: (total: number, totalBytes: number) => `このブラウザーはデータ通信量の節約（Save-Data）を求めているため、オフライン用のコピーはまだ保存していません。保存するとこの知識ベースのすべてのページと検索がネットワークなしで使えます（${total}ファイル、${mb(totalBytes)} MB、転送時はこれより小さくなります）。`,
		download: 'オフラインで使えるようにする',
		waiting: 'オフライン用のコピーを準備しています…',
		complete: (files: number, bytes: number) => `オフライン用のコピーを保存しました（${files}ファイル、${mb(bytes)} MB）。ネットワークがなくても、すべてのページと検索が使えます。`,
		failed: 'オフライン用のコピーを保存できませんでした。ネットワークにつながった状態で、もう一度このページを開いてください。',
		persisted: 'ブラウザーは、容量が足りなくなってもこのコピーを自動では削除しません。',
		bestEffort: 'ブラウザーは、端末の容量が足りなくなるとこのコピーを削除することがあります。',
		fromFolder: 'このページはフォルダーのコピーから開かれています。ネットワークがなくても、すべてのページと検索が使えます。',
	},
	en: {
		appName: 'LLM Psychology & Safety Knowledge Base',
		appShortName: 'LLM KB',
		appDescription: 'The psychology and safety of large language models, in English and Japanese. Works offline.',
		updated: 'A new version of this knowledge base has arrived. Reload to see it.',
		reload: 'Reload',
		unsupported: 'This browser does not support service workers, so it cannot keep an offline copy.',
		caching: (files: number, total: number, bytes: number, totalBytes: number) => `Saving the offline copy (${files} of ${total} files, ${mb(bytes)} of ${mb(totalBytes)} MB)…`,
		onDemand: (total: number, totalBytes: number) => `This browser asks to save data, so the offline copy has not been saved yet. Saving it makes every page and the search work without a network (${total} files, ${mb(totalBytes)} MB, less on the wire).`,
		download: 'Make available offline',
		waiting: 'Preparing the offline copy…',
		complete: (files: number, bytes: number) => `The offline copy is saved (${files} files, ${mb(bytes)} MB). Every page and the search work without a network.`,
		failed: 'The offline copy could not be saved. Open this page again while online.',
		persisted: 'The browser will not delete this copy on its own when storage runs low.',
		bestEffort: 'The browser may delete this copy when the device runs low on storage.',
		fromFolder: 'This page was opened from a folder copy. Every page and the search work without a network.',
	},
} as const;

export type OfflineLang = keyof typeof strings;
