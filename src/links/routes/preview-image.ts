// `/og/<lang>/<slug>.png`: the link-preview image of every page, rendered at build time.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { langs, localeDirs, localePath, type Lang } from '../../config/locales.ts';
import { absoluteUrl } from '../absolute.ts';
import { renderPreview } from '../preview-image.ts';
import { siteTitles } from '../site-title.ts';

export const getStaticPaths = (async () => {
	const entries = await getCollection('docs');
	return entries.map((entry) => {
		const [first, ...rest] = entry.id.split('/');
		const lang = (langs.find((l) => localeDirs[l] && localeDirs[l] === first) ?? 'ja') as Lang;
		const slug = (lang === 'ja' ? entry.id : rest.join('/')).replace(/(^|\/)index$/, '');
		return { params: { image: `${lang}/${slug || 'index'}` }, props: { lang, slug, title: entry.data.title } };
	});
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const { lang, slug, title } = props as { lang: Lang; slug: string; title: string };
	const address = absoluteUrl(localePath(lang, slug), site).replace(/^https?:\/\//, '');
	const png = await renderPreview({ title, siteTitle: siteTitles[lang], lang, address });
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
