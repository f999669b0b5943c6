import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { formatProblems, runContentChecks } from '../../src/content-checks/index.ts';

const root = process.cwd();
const fixture = (name: string) => join(root, 'tests/fixtures/content-checks', name);
const check = (name: string) => formatProblems(runContentChecks(root, fixture(name)));
const F = 'tests/fixtures/content-checks';

test('a correct bilingual site passes every check', () => {
	expect(check('valid')).toBe('');
});

// Each fixture is the valid site with one mistake; the message must name file, line and remedy.
describe.each([
	['missing-translation', `${F}/missing-translation/other.mdx: has no en translation: add content/en/other.mdx`],
	['section-ids-differ', `${F}/section-ids-differ/en/good.mdx:13: section ids differ from ${F}/section-ids-differ/good.mdx: section 2 is "subsection" here but "second" there`],
	['heading-without-id', `${F}/heading-without-id/good.mdx:13: heading "小節" has no id: end it with {#lowercase-ascii-id}`],
	['non-ascii-id', `${F}/non-ascii-id/good.mdx:13: heading id "小節" is not lowercase ASCII`],
	['duplicate-id', `${F}/duplicate-id/good.mdx:13: heading id "first" is used twice on this page (first at line 9)`],
	['broken-link', `${F}/broken-link/good.mdx:11: link "/missing-page/" points to no page`],
	['broken-anchor', `${F}/broken-anchor/good.mdx:11: link "/other/#no-such-section": ${F}/broken-anchor/other.mdx has no section with id "no-such-section"`],
	['wrong-language-link', `${F}/wrong-language-link/good.mdx:11: link "/en/other/#part" leads to the en page from a ja page: link /other/ instead`],
	['missing-title', `${F}/missing-title/en/good.mdx:1: frontmatter needs a non-empty \`title\``],
	['invalid-yaml', `${F}/invalid-yaml/good.mdx:5: invalid frontmatter:`],
	['unknown-source', `${F}/unknown-source/good.mdx:4: unknown source id "no-such-source": add it to src/data/sources.yaml`],
	['email-address', `${F}/email-address/other.mdx:8: looks like an e-mail address: personal data must not be published`],
	['phone-number', `${F}/phone-number/en/other.mdx:8: looks like a phone number`],
	['postal-address', `${F}/postal-address/other.mdx:8: looks like a postal address`],
	['malformed-mdx', `${F}/malformed-mdx/good.mdx:17: malformed MDX: Expected a closing tag for \`<div>\`. Close every tag`],
	['missing-frontmatter', `${F}/missing-frontmatter/other.mdx:1: invalid frontmatter: the page has no frontmatter (--- block with title and description)`],
	['unknown-frontmatter-key', `${F}/unknown-frontmatter-key/good.mdx:4: unknown frontmatter key \`sorces\`: did you mean \`sources\`?`],
	['unknown-glossary-id', `${F}/unknown-glossary-id/good.mdx:17: link "/glossary/#term-no-such-term": unknown glossary id "no-such-term": add the term to a file in src/data/glossary/`],
	['unknown-source-anchor', `${F}/unknown-source-anchor/en/good.mdx:17: link "/en/sources/#source-no-such-paper": unknown source id "no-such-paper": add it to src/data/sources.yaml`],
	['empty-table-header', `${F}/empty-table-header/good.mdx:17: table header cell 1 is empty: name every column`],
])('%s', (name, expected) => {
	test('fails with a message naming the file and line', () => {
		expect(check(name)).toContain(expected);
	});
});

test('each fixture reports its one mistake and nothing else', () => {
	for (const name of ['unknown-glossary-id', 'unknown-source-anchor', 'unknown-frontmatter-key', 'empty-table-header']) {
		expect(runContentChecks(root, fixture(name)), name).toHaveLength(1);
	}
});
