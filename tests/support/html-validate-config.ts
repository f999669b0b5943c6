// html-validate's recommended rules, with the exceptions the built site needs. Every exception says
// why: each is markup HTML allows that Astro or Starlight writes, not an error in our pages.
import type { ConfigData } from 'html-validate';

export const htmlValidateConfig: ConfigData = {
	extends: ['html-validate:recommended'],
	rules: {
		// Astro writes void elements as <meta/> and <link/>; HTML allows both spellings.
		'void-style': 'off',
		// Starlight's skip link targets id="_top"; HTML allows any id without spaces.
		'valid-id': ['error', { relaxed: true }],
		// The English site title is "LLM Psychology & Safety…": a raw & followed by a space cannot
		// start a character reference, so HTML allows it. Markup in content is still escaped by Astro.
		'no-raw-characters': ['error', { relaxed: true }],
		// "Page title | Site title": search engines cut long titles at the end, where only the site's
		// name is; shortening it would rename the site.
		'long-title': 'off',
		// Starlight renders the table of contents twice, for narrow and wide screens, under the same
		// name; CSS shows one at a time, so a reader meets a single "On this page" landmark (axe, which
		// looks at what is displayed, checks the shown one is unique).
		'unique-landmark': 'off',
		// Starlight's menu button (popovertarget) sits outside any form, where a button's default
		// type submits nothing. Our own buttons state their type.
		'no-implicit-button-type': 'off',
	},
};
