// Shows a term's card (src/reading/term-links.ts), or an evidence marker's (claim-markers.ts), next
// to its link: on hover, on keyboard focus, and on a first tap (a second tap, or the card's own
// link, follows it). Esc closes the card and puts the focus back on the link. Without this script
// the term or marker is an ordinary link.

let open: { link: HTMLAnchorElement; card: HTMLElement } | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
/** Whether the term's card was already open when the finger came down on it. */
let tapFollows = false;
let lastPointer = 'mouse';

const cardOf = (link: HTMLAnchorElement) => document.getElementById(link.getAttribute('aria-describedby') ?? '');

function place(link: HTMLAnchorElement, card: HTMLElement) {
	const box = link.getBoundingClientRect();
	const frame = (card.offsetParent ?? document.body).getBoundingClientRect();
	const width = card.offsetWidth;
	// Below the term, kept inside the content column (the table of contents beside it is painted
	// above the content) and the viewport; above the term when there is no room below.
	const right = Math.min(document.documentElement.clientWidth - 8, card.closest('.sl-markdown-content')?.getBoundingClientRect().right ?? Infinity);
	const left = Math.max(8, Math.min(box.left, right - width));
	const below = box.bottom + 6 + card.offsetHeight <= innerHeight || box.top < card.offsetHeight + 6;
	card.style.left = `${left - frame.left}px`;
	card.style.top = `${(below ? box.bottom + 6 : box.top - 6 - card.offsetHeight) - frame.top}px`;
}

function show(link: HTMLAnchorElement) {
	clearTimeout(hideTimer);
	const card = cardOf(link);
	if (!card) return;
	if (open && open.card !== card) hide();
	card.hidden = false;
	place(link, card);
	open = { link, card };
}

function hide() {
	clearTimeout(hideTimer);
	if (!open) return;
	open.card.hidden = true;
	open = undefined;
}

/** A pointer leaving the term may be on its way to the card's link: give it a moment. */
const hideSoon = () => {
	clearTimeout(hideTimer);
	hideTimer = setTimeout(hide, 300);
};

/** Links that carry a card: glossary terms and evidence markers behave the same. */
const links = document.querySelectorAll<HTMLAnchorElement>('a.term-link[aria-describedby], a.claim[aria-describedby]');
for (const link of links) {
	link.addEventListener('pointerenter', (e) => e.pointerType === 'mouse' && show(link));
	link.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && hideSoon());
	link.addEventListener('pointerdown', (e) => {
		lastPointer = e.pointerType;
		tapFollows = open?.link === link;
	});
	link.addEventListener('focus', () => show(link));
	link.addEventListener('blur', (e) => {
		if (!(e.relatedTarget instanceof Node && open?.card.contains(e.relatedTarget))) hideSoon();
	});
	link.addEventListener('click', (e) => {
		// Enter on a focused term (detail 0: no pointer) and mouse clicks follow the link at once.
		if (e.detail === 0 || lastPointer === 'mouse' || tapFollows) return;
		// First tap on a touch screen: show the card instead of leaving the page.
		e.preventDefault();
		show(link);
		tapFollows = true;
	});
}

if (links.length) {
	for (const card of document.querySelectorAll<HTMLElement>('[data-term-card], [data-claim-card]')) {
		card.addEventListener('pointerenter', () => clearTimeout(hideTimer));
		card.addEventListener('pointerleave', (e) => e.pointerType === 'mouse' && hideSoon());
		card.addEventListener('focusout', (e) => {
			if (!(e.relatedTarget instanceof Node && (card.contains(e.relatedTarget) || e.relatedTarget === open?.link))) hide();
		});
	}
	document.addEventListener('keydown', (e) => {
		if (e.key !== 'Escape' || !open) return;
		const { link, card } = open;
		const focusInCard = card.contains(document.activeElement);
		hide();
		if (!focusInCard) return;
		link.focus({ preventScroll: true });
		// Focusing the term opens its card again; Esc means closed.
		hide();
	});
	// A tap or click elsewhere closes the card.
	document.addEventListener('pointerdown', (e) => {
		lastPointer = e.pointerType;
		if (open && e.target instanceof Node && !open.card.contains(e.target) && !open.link.contains(e.target)) hide();
	});
	addEventListener('resize', () => open && place(open.link, open.card));
}
