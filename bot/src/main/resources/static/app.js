// Fyren's web chat: posts questions to /api/chat, renders the reply, and posts clicks (ratings too) to /api/click.
// Plain script, no build step and nothing from a CDN: Fyren runs on closed networks.
'use strict';

(function () {
	const params = new URLSearchParams(location.search);
	// Named as the API's language is (?locale=en); links made before still say ?lang=en.
	// Read as the server reads it (WebLanguage): locale when given, an English tag in any case.
	const asked = params.has('locale') ? params.get('locale') : params.get('lang');
	const lang = /^en/i.test((asked || '').trim()) ? 'en' : 'sv';
	// A shared room (a dialogue chain run in the web chat) when the page was opened by its link.
	const room = params.get('room') || null;
	// The room's secret from its link: the participants' key, or the facilitator's own.
	const key = params.get('key') || null;
	const texts = {};
	let exchanges = 0;

	const form = document.getElementById('ask-form');
	const question = document.getElementById('question');
	const send = document.getElementById('send');
	const conversation = document.getElementById('conversation');
	const status = document.getElementById('status');

	// The Swedish texts are in the page itself, so it reads right even before (or without) /api/texts.
	document.querySelectorAll('[data-text]').forEach((el) => { texts[el.dataset.text] = el.textContent; });

	function t(key) {
		return texts[key] || key;
	}

	function applyTexts() {
		document.documentElement.lang = lang;
		document.querySelectorAll('[data-text]').forEach((el) => { el.textContent = t(el.dataset.text); });
		document.querySelectorAll('[data-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.placeholder); });
		document.querySelectorAll('[data-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.label)); });
		const toggle = document.getElementById('lang-toggle');
		const other = lang === 'en' ? 'sv' : 'en';
		toggle.href = '?locale=' + other;
		toggle.hreflang = other;
		toggle.lang = other;
		document.title = t('web.title');
	}

	function loadTexts() {
		return fetch(api('/api/texts'))
			.then((response) => (response.ok ? response.json() : {}))
			.then((loaded) => { Object.assign(texts, loaded); applyTexts(); })
			.catch(() => applyTexts());
	}

	// Who is who is the server's business: it keeps a secret per browser in an HttpOnly cookie, which this
	// script never sees and never sends itself (fetch sends it to Fyren only).

	// Storage is a convenience (the name and calendar chosen, the conversation so far): a browser that refuses
	// it, full or with the site's data blocked (where even reaching it throws), forgets them and never loses a
	// reply. The console says why.
	function stored(area, item) {
		try {
			return window[area].getItem(item);
		}
		catch (refused) {
			console.warn('Cannot read ' + item + ' from ' + area + ':', refused);
			return null;
		}
	}

	// A value kept as JSON, or the empty one given where there is none or it cannot be read.
	function storedJson(area, item, empty) {
		try {
			return JSON.parse(stored(area, item)) || empty;
		}
		catch (unreadable) {
			return empty;
		}
	}

	// Keeps the value, or forgets the item when the value is null; whether the storage took it.
	function store(area, item, value) {
		try {
			if (value === null) {
				window[area].removeItem(item);
			}
			else {
				window[area].setItem(item, value);
			}
			return true;
		}
		catch (refused) {
			console.warn('Cannot keep ' + item + ' in ' + area + ':', refused);
			return false;
		}
	}

	// The name given when joining a web room, kept in this browser; empty until given. The one given in this
	// page stands even where the storage refused it.
	const NAME = 'fyren.name';
	let givenHere = null;

	function name() {
		return givenHere !== null ? givenHere : stored('localStorage', NAME) || '';
	}

	function rename(given) {
		givenHere = given;
		store('localStorage', NAME, given);
	}

	// Every call to the API names the page's language in its address, so what the server says, its errors too, is
	// in it: an error may be about a body the server could not read, so the body's own locale does not do.
	function api(path) {
		return path + (path.includes('?') ? '&' : '?') + 'locale=' + lang;
	}

	// What Fyren itself says went wrong, already in the page's language: the server's explanation, or that it
	// cannot be reached. Any other error is the browser's, in its own words and often in English, about a fault
	// in this page ("Failed to execute 'setItem' on 'Storage'"): the reader is told in general, the console
	// keeps the detail.
	class Said extends Error {}

	function said(error) {
		if (error instanceof Said) {
			return error.message;
		}
		console.error(error);
		return t('web.error');
	}

	// The browser's own "Failed to fetch" means Fyren could not be reached: said in the page's language.
	function reach(path, options) {
		return fetch(api(path), options).catch(() => { throw new Said(t('web.offline')); });
	}

	function postJson(url, body) {
		return reach(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
			body: JSON.stringify(body)
		}).then((response) => response.json().catch(() => ({})).then((json) => {
			if (!response.ok) {
				// The API explains a problem in the page's language; without a problem detail, a general text.
				throw new Said(json.detail || t('web.error'));
			}
			return json;
		}));
	}

	function element(tag, className, text) {
		const el = document.createElement(tag);
		if (className) {
			el.className = className;
		}
		if (text !== undefined) {
			el.textContent = text;
		}
		return el;
	}

	// A text with its runs of white space made single spaces, and where each of its characters stood before.
	function squeezed(text) {
		let out = '';
		const at = [];
		for (let i = 0; i < text.length; i++) {
			const space = /\s/.test(text[i]);
			if (space && (out === '' || out.endsWith(' '))) {
				continue;
			}
			out += space ? ' ' : text[i];
			at.push(i);
		}
		return { text: out, at: at };
	}

	// The answer's sentences are quoted from the passages: where the passage holds one, it is marked, so the
	// reader sees at once what was cited. Short fragments are not looked for (they would match by chance).
	const CITED_MIN_CHARS = 20;

	function passageWithCited(passage, answer) {
		const box = element('blockquote', 'passage');
		const plain = squeezed(passage || '');
		const ranges = [];
		function mark(quoted, shortest) {
			const wanted = squeezed(quoted).text;
			const from = wanted.length >= shortest ? plain.text.indexOf(wanted) : -1;
			if (from >= 0) {
				ranges.push([plain.at[from], plain.at[from + wanted.length - 1] + 1]);
			}
			return from >= 0;
		}
		(answer || '').split(/(?<=[.!?])\s+/).forEach((sentence) => {
			const trimmed = sentence.replace(/^[…\s]+|[…\s]+$/g, '');
			if (mark(trimmed, CITED_MIN_CHARS)) {
				return;
			}
			// A list quoted compactly ("… tre flöden: ”Problemflödet”, ”Politikflödet” …"): its lead-in, then its
			// items where the passage lists them.
			const colon = trimmed.indexOf(': ');
			if (colon > 0 && mark(trimmed.slice(0, colon + 1), CITED_MIN_CHARS)) {
				(trimmed.slice(colon).match(/”[^”]+”/g) || []).forEach((item) => mark(item, 4));
			}
		});
		ranges.sort((a, b) => a[0] - b[0]);
		let shown = 0;
		ranges.forEach(([start, end]) => {
			if (start < shown) {
				return;
			}
			box.append(document.createTextNode(passage.slice(shown, start)), element('mark', 'cited', passage.slice(start, end)));
			shown = end;
		});
		box.append(document.createTextNode((passage || '').slice(shown)));
		return box;
	}

	function renderSources(sources, n, answer) {
		const box = element('div', 'sources');
		box.appendChild(element('h2', null, t('web.sources')));
		const list = element('ol');
		sources.forEach((source, i) => {
			const item = element('li');
			const passageId = 'passage-' + n + '-' + i;
			const button = element('button', 'citation', source.label);
			button.type = 'button';
			button.title = t('web.showPassage');
			button.setAttribute('aria-expanded', 'false');
			button.setAttribute('aria-controls', passageId);
			button.dataset.doc = source.doc;
			const passage = passageWithCited(source.passage, answer);
			passage.id = passageId;
			passage.hidden = true;
			button.addEventListener('click', () => {
				passage.hidden = !passage.hidden;
				button.setAttribute('aria-expanded', String(!passage.hidden));
				const cited = passage.querySelector('.cited');
				if (!passage.hidden && cited) {
					cited.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
				}
			});
			// The label names the last heading and the page; the full section path
			// ("3 Kingdon › 3.1 Fönster") tells where in the report that is.
			if (source.section) {
				item.append(button, element('span', 'section-path', source.section), passage);
			}
			else {
				item.append(button, passage);
			}
			list.appendChild(item);
		});
		box.appendChild(list);
		return box;
	}

	// A button waits for the request its click sent, so a double click on a slow network sends it once.
	function waitingFor(buttons, request) {
		buttons.forEach((button) => { button.disabled = true; });
		return request.finally(() => buttons.forEach((button) => { button.disabled = false; }));
	}

	// The action ids of the rating buttons every chat draws under an answer (Reply.AnswerReply.HELPFUL,
	// NOT_HELPFUL); the click carries the answer's id.
	const RATING = { helpful: 'ask.helpful', notHelpful: 'ask.notHelpful' };

	function renderFeedback(answerId) {
		const box = element('div', 'feedback');
		box.appendChild(element('span', null, t('web.feedback.question')));
		const helpful = element('button', 'feedback-helpful', t('web.feedback.helpful'));
		const notHelpful = element('button', 'feedback-not-helpful', t('web.feedback.notHelpful'));
		const confirmation = element('p', 'feedback-confirmation');
		confirmation.setAttribute('role', 'status');
		[[helpful, true], [notHelpful, false]].forEach(([button, value]) => {
			button.type = 'button';
			button.setAttribute('aria-pressed', 'false');
			button.addEventListener('click', () => {
				// Through the core's click path, as Slack's and Teams' rating buttons: the feature that
				// rates answers says how it went.
				waitingFor([helpful, notHelpful], postJson('/api/click', {
					actionId: value ? RATING.helpful : RATING.notHelpful, value: answerId,
					conversation: room, key: key, name: name(), locale: lang
				}))
					.then((reply) => {
						helpful.setAttribute('aria-pressed', String(value));
						notHelpful.setAttribute('aria-pressed', String(!value));
						confirmation.classList.remove('failed');
						confirmation.textContent = reply.text || '';
					})
					.catch(() => {
						confirmation.classList.add('failed');
						confirmation.textContent = t('web.feedback.failed');
					});
			});
		});
		box.append(helpful, notHelpful, confirmation);
		return box;
	}

	// Cards mark emphasis as *bold* and break lines with \n; everything else is shown as plain text.
	// The server renders Fyren's markup (bold, links, lists) as escaped HTML; plain text is the fallback.
	function rich(tag, className, html, text) {
		const el = element(tag, className);
		if (html) {
			el.innerHTML = html;
		}
		else {
			el.textContent = text;
		}
		return el;
	}

	function click(action, input) {
		return postJson('/api/click', {
			actionId: action.id, value: action.value, input: input,
			conversation: room, key: key, name: name(), locale: lang
		}).then((reply) => {
			if (reply && reply.type) {
				renderReply(null, reply);
				keep(null, reply);
			}
			return true;
		}).catch((error) => {
			status.classList.add('error');
			status.textContent = said(error);
			return false;
		});
	}

	function renderAction(action) {
		const button = element('button', action.primary ? 'card-action primary' : 'card-action', action.label);
		button.type = 'button';
		button.dataset.action = action.id;
		if (!action.inputLabel) {
			button.addEventListener('click', () => waitingFor([button], click(action, null)));
			return button;
		}
		// An action that needs a line of text first: the button opens a small form under the card.
		const box = element('span', 'card-input-action');
		const form = element('form', 'card-input');
		form.hidden = true;
		const label = element('label', null, action.inputLabel);
		const field = element('input');
		field.type = 'text';
		field.maxLength = 3000;
		label.appendChild(field);
		const submit = element('button', null, t('web.send'));
		submit.type = 'submit';
		form.append(label, submit);
		button.addEventListener('click', () => { form.hidden = !form.hidden; field.focus(); });
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const text = field.value.trim();
			if (!text) {
				field.focus();
				return;
			}
			waitingFor([submit], click(action, text)).then((sent) => {
				if (!sent) {
					return;
				}
				field.value = '';
				form.hidden = true;
				// For a room's page, which shows each participant what they answered.
				form.dispatchEvent(new CustomEvent('fyren:sent', { bubbles: true, detail: { text: text } }));
			});
		});
		box.append(button, form);
		return box;
	}

	// A picture's format is its address's extension: "/radar/7.svg?key=…" is "/radar/7.png?key=…" as SVG.
	const EXTENSION = /\.\w+$/;

	function format(url) {
		const found = EXTENSION.exec(new URL(url, location.href).pathname);
		return found ? found[0] : '';
	}

	function inFormat(url, extension) {
		const address = new URL(url, location.href);
		address.pathname = address.pathname.replace(EXTENSION, extension);
		return address.href;
	}

	function samePicture(url, picture) {
		return inFormat(url, format(picture)) === new URL(picture, location.href).href;
	}

	// An address the browser cannot read (a public address set wrong on the server) leads nowhere: its link or
	// picture is left out, and the rest of the card is drawn, where reading it threw and lost the whole reply.
	function readable(url) {
		try {
			return Boolean(new URL(url, location.href));
		} catch (malformed) {
			return false;
		}
	}

	function renderCard(card, n) {
		const box = element('div', 'card');
		if (card.title) {
			box.appendChild(element('h2', 'card-title', card.title));
		}
		card.paragraphs.forEach((paragraph, i) => {
			box.appendChild(rich('p', 'card-paragraph', card.paragraphsHtml && card.paragraphsHtml[i], paragraph));
		});
		if (card.sources && card.sources.length) {
			box.appendChild(renderSources(card.sources, n));
		}
		// What opens the card's picture: a tap on it, and a link to it in another format (the radar's SVG).
		const toPicture = [];
		const imageUrl = card.imageUrl && readable(card.imageUrl) ? card.imageUrl : null;
		const shown = (card.links || []).filter((link) => readable(link.url));
		if (shown.length) {
			const links = element('p', 'card-links');
			shown.forEach((link) => {
				const a = element('a', null, link.label);
				a.href = link.url;
				a.target = '_blank';
				a.rel = 'noopener noreferrer';
				if (imageUrl && samePicture(link.url, imageUrl)) {
					toPicture.push(a);
				}
				links.appendChild(a);
			});
			box.appendChild(links);
		}
		if (imageUrl) {
			const image = element('img', 'card-image');
			image.src = imageUrl;
			image.alt = card.title || '';
			// On a phone the picture shrinks to a third of its width: there the server draws it with its
			// words large enough to read (layout=phone; a picture without such a layout ignores it).
			const picture = element('picture');
			const phone = element('source');
			phone.media = '(max-width: 40rem)';
			phone.srcset = imageUrl + (imageUrl.includes('?') ? '&' : '?') + 'layout=phone';
			picture.appendChild(phone);
			picture.appendChild(image);
			// A tap opens it full size, to zoom: the picture this screen shows, so on a phone the one drawn
			// for a phone. The browser chooses it, and chooses again when the width changes; each link to
			// the picture follows, in its own format.
			const full = element('a', 'card-image-link');
			full.href = imageUrl;
			toPicture.push(full);
			const formats = toPicture.map((a) => format(a.href));
			image.addEventListener('load', () => {
				toPicture.forEach((a, i) => { a.href = inFormat(image.currentSrc, formats[i]); });
			});
			full.target = '_blank';
			full.rel = 'noopener';
			full.appendChild(picture);
			box.appendChild(full);
		}
		if (card.actions && card.actions.length) {
			const actions = element('div', 'card-actions');
			card.actions.forEach((action) => actions.appendChild(renderAction(action)));
			box.appendChild(actions);
		}
		return box;
	}

	// A new message goes last and into view; an update (a room's countdown) takes the place of the one it
	// replaces without scrolling, so a ticking clock never moves the page under the reader.
	function place(article, replacing) {
		if (replacing) {
			replacing.replaceWith(article);
			return article;
		}
		conversation.appendChild(article);
		// Only the conversation scrolls, never the page with its header and question form.
		const scroller = document.getElementById('scroller');
		const top = scroller.scrollTop + article.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
		scroller.scrollTo({ top: top, behavior: 'smooth' });
		return article;
	}

	// A question pasted long (pages of a report) shows its start, with the whole a tap away: on a phone it filled
	// screens above its answer. One only a little longer than its start is shown whole, where a cut would hide a
	// few words behind a tap.
	// Counted as shown, with runs of white space as one, and in characters, not UTF-16 units (emoji).
	const ASKED_START_CHARS = 300;
	const ASKED_LONG_CHARS = 400;
	// The start is cut between words; a word longer than this at the cut (an address pasted) is cut in it.
	const LONGEST_WORD_KEPT = 60;

	function startOf(shown) {
		const start = shown.slice(0, ASKED_START_CHARS).join('');
		const lastSpace = start.lastIndexOf(' ');
		return (start.length - lastSpace <= LONGEST_WORD_KEPT ? start.slice(0, lastSpace) : start) + ' …';
	}

	function renderAsked(asked) {
		const said = t('web.you') + ': ';
		const shown = Array.from(squeezed(asked).text);
		if (shown.length <= ASKED_LONG_CHARS) {
			return element('p', 'you', said + asked);
		}
		// Open, the whole takes the start's place; the history keeps the question whole either way.
		const box = element('details', 'you asked-long');
		const summary = element('summary', null, said);
		summary.append(element('span', 'asked-start', startOf(shown)), ' ',
			element('span', 'asked-more', t('web.you.whole')), element('span', 'asked-less', t('web.you.less')));
		box.append(summary, element('p', 'asked-whole', asked));
		return box;
	}

	// asked is null for what Fyren says by itself (a reply to a click, a message in a room);
	// replacing is the element an update takes the place of, if any.
	function renderReply(asked, reply, replacing) {
		const n = ++exchanges;
		const article = element('article', 'exchange');
		if (asked !== null) {
			article.appendChild(renderAsked(asked));
		}
		if (reply.type === 'card') {
			article.appendChild(renderCard(reply, n));
			return place(article, replacing);
		}
		const answer = rich('p', 'answer', reply.html, reply.text);
		article.appendChild(answer);
		if (reply.type === 'answer') {
			article.dataset.answerId = reply.answerId;
			answer.dataset.found = String(reply.found);
			if (!reply.found) {
				answer.classList.add('not-found');
			}
			if (reply.sources && reply.sources.length) {
				article.appendChild(renderSources(reply.sources, n, reply.text));
			}
			article.appendChild(renderFeedback(reply.answerId));
		}
		else if (reply.type === 'help') {
			const list = element('ul', 'examples');
			reply.examples.forEach((example) => {
				const button = element('button', 'example', example);
				button.type = 'button';
				button.addEventListener('click', () => { question.value = example; ask(); });
				const item = element('li');
				item.appendChild(button);
				list.appendChild(item);
			});
			article.appendChild(list);
		}
		return place(article, replacing);
	}

	// A dialogue chain runs in a room of its own: started in the private chat, the page makes a room and opens
	// the facilitator's view of it, where the command is then sent. Where the browser refuses storage, the
	// command goes along in the address's fragment (which no server sees), to be sent by the reader: anyone can
	// make a link, so what a link carries is never sent by itself. Which commands start a room is the server's to
	// say (/api/commands).
	const PENDING = 'fyren.pending';
	const CARRIED = 'question';

	function openRoomFor(text) {
		return postJson('/api/rooms', {}).then((made) => {
			const target = new URLSearchParams({ room: made.room, key: made.facilitatorKey });
			if (lang === 'en') {
				target.set('locale', 'en');
			}
			const kept = store('sessionStorage', PENDING, text);
			location.assign('?' + target.toString() + (kept ? '' : '#' + new URLSearchParams({ [CARRIED]: text })));
		});
	}

	// The year wheel's commands in this browser use the calendar it chose last ("fönster region"): a choice is
	// remembered when the wheel answered with it, and forgotten when the wheel no longer knows it. Which commands
	// take a calendar is the server's to say (/api/commands: the command word, then the rest).
	const CALENDAR = 'fyren.calendar';

	function named(words) {
		return words.trim().split(/\s+/).filter((word) => word && !/^\d{4}$/.test(word));
	}

	// What is sent for what was typed: a wheel command without a calendar gets the one chosen before.
	function withCalendar(text) {
		const command = calendarCommand(text);
		const chosen = stored('localStorage', CALENDAR);
		if (!command || !chosen || named(command[2]).length) {
			return text;
		}
		return command[1] + ' ' + chosen + command[2];
	}

	function rememberCalendar(sent, reply) {
		const command = calendarCommand(sent);
		const calendar = command ? named(command[2]) : [];
		if (calendar.length !== 1) {
			return;
		}
		if (reply.type === 'card') {
			store('localStorage', CALENDAR, calendar[0].toLowerCase());
		}
		else if (calendar[0].toLowerCase() === stored('localStorage', CALENDAR)) {
			store('localStorage', CALENDAR, null);
		}
	}

	// A command is answered by its feature (the year wheel, the chain, the radar) or by Fyren itself (help, a
	// greeting), not looked up in the reports: the page says so while it is on its way. What makes a message a
	// command is the server's to say (/api/commands: the very patterns the commands answer by), matched as the
	// server matches them: the whole message, composed and trimmed, in any case.
	// Until the server has said, none: the page cannot tell a command from a question then, and sends a message as
	// typed for the server to answer.
	let commands = null;

	function pattern(source) {
		try {
			return new RegExp('^(?:' + source + ')$', 'iu');
		}
		catch (error) {
			return null;
		}
	}

	function patterns(sources) {
		return (sources || []).map(pattern).filter(Boolean);
	}

	// How long a message waits for the commands to be known: past it, it is sent as typed (the server answers a
	// command as one wherever it comes), not held with the send button dimmed.
	const COMMANDS_WAIT_MS = 3000;

	// The commands are asked for again when they could not be had (a server restarting, a dropped connection): a
	// page without them sends a chain's start to the private chat, not to a room of its own. A few times, each
	// after twice the wait before, then no more.
	const COMMANDS_TRIES = 4;
	const COMMANDS_RETRY_MS = 500;

	function later(ms) {
		return new Promise((go) => setTimeout(go, ms));
	}

	function loadCommands(tried) {
		return fetch(api('/api/commands'), {
			headers: { 'Accept': 'application/json' },
			signal: AbortSignal.timeout(COMMANDS_WAIT_MS)
		})
			.then((response) => {
				if (!response.ok) {
					throw new Error('The commands: HTTP ' + response.status);
				}
				return response.json();
			})
			.then((given) => {
				commands = {
					patterns: patterns(given.patterns),
					startsRoom: patterns(given.startsRoom),
					takesCalendar: patterns(given.takesCalendar)
				};
			})
			.catch(() => (tried + 1 < COMMANDS_TRIES
				? later(COMMANDS_RETRY_MS * 2 ** tried).then(() => loadCommands(tried + 1)) : undefined));
	}

	const commandsLoaded = loadCommands(0);

	// The commands, once known or COMMANDS_WAIT_MS from now, whichever comes first.
	function commandsKnown() {
		return Promise.race([commandsLoaded, later(COMMANDS_WAIT_MS)]);
	}

	function plain(text) {
		return text.normalize('NFC').trim();
	}

	// The message as the server recognises a command in it (CommandPattern.read): each character whose
	// compatibility form is as long read as that form, so the full-width ＤＩＡＬＯＧ of a phone's wide mode is a
	// command here too (and a chain's start opens a room); white space as written.
	function read(text) {
		return Array.from(plain(text), (written) => {
			const compatible = written.normalize('NFKC');
			return compatible.length === written.length && compatible.trim() !== '' && written.trim() !== ''
				? compatible : written;
		}).join('');
	}

	function matches(kind, text) {
		return commands !== null && commands[kind].some((command) => command.test(read(text)));
	}

	function isCommand(text) {
		return matches('patterns', text);
	}

	function startsRoom(text) {
		return matches('startsRoom', text);
	}

	// The command word and what follows it, for a command that may name a calendar; null for any other message.
	function calendarCommand(text) {
		for (const command of commands === null ? [] : commands.takesCalendar) {
			const found = command.exec(plain(text));
			if (found) {
				return found;
			}
		}
		return null;
	}

	function ask() {
		// A question on its way is not sent again: the button waits for its reply, and Enter pressed twice on a
		// slow network sent it twice.
		if (send.disabled) {
			return;
		}
		const text = question.value.trim();
		if (!text) {
			status.textContent = t('web.empty');
			question.focus();
			return;
		}
		send.disabled = true;
		status.classList.remove('error');
		// Which messages are commands is known once the server has said: at once, but for one sent as the page
		// opens, which says meanwhile what is true of any message.
		status.textContent = t('web.answering');
		commandsKnown().then(() => {
			if (!room && startsRoom(text)) {
				openRoomFor(text).catch((error) => {
					send.disabled = false;
					status.classList.add('error');
					status.textContent = said(error);
				});
				return;
			}
			// Without the commands a question cannot be told from a command: the line says what is true of both.
			status.textContent = t(commands === null || isCommand(text) ? 'web.answering' : 'web.sending');
			const sent = withCalendar(text);
			postJson('/api/chat', { text: sent, locale: lang, conversation: room, key: key })
				.then((reply) => {
					rememberCalendar(sent, reply);
					status.textContent = '';
					question.value = '';
					renderReply(text, reply);
					keep(text, reply);
				})
				.catch((error) => {
					status.classList.add('error');
					status.textContent = said(error);
				})
				.finally(() => {
					send.disabled = false;
					question.focus({ preventScroll: true });
				});
		});
	}

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		ask();
	});
	// Enter sends, Shift+Enter makes a new line, as in other chats.
	question.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey) {
			event.preventDefault();
			ask();
		}
	});

	// For feature scripts (the dialogue chain's room view) that show what Fyren posts.
	// The private chat is kept for the browser session (this tab), so a reload or a change of language does not
	// lose it; a room's page reads its room's feed instead. The oldest exchanges go first when it grows too long.
	const KEPT = 'fyren.conversation';
	const MAX_KEPT_CHARS = 1000000;

	function kept() {
		return storedJson('sessionStorage', KEPT, []);
	}

	function keep(asked, reply) {
		if (room) {
			return;
		}
		const all = kept();
		all.push({ asked: asked, reply: reply });
		let text = JSON.stringify(all);
		while (all.length > 1 && text.length > MAX_KEPT_CHARS) {
			all.shift();
			text = JSON.stringify(all);
		}
		store('sessionStorage', KEPT, text);
	}

	// The landing page: what Fyren can do with three example questions, the reports it answers from and the
	// other features' sections; then the conversation so far.
	function showHome() {
		if (room) {
			return Promise.resolve();
		}
		return fetch(api('/api/home'), { headers: { 'Accept': 'application/json' } })
			.then((response) => (response.ok ? response.json() : null))
			.then((home) => {
				if (home) {
					const box = document.getElementById('home');
					[home.help].concat(home.sections).forEach((reply) => box.appendChild(renderReply(null, reply)));
					box.hidden = false;
				}
			})
			.catch(() => {})
			.then(() => {
				const earlier = kept();
				earlier.forEach((exchange) => renderReply(exchange.asked, exchange.reply));
				// The landing page opens at its top; a conversation kept from before, at its last answer.
				window.scrollTo(0, 0);
				const scroller = document.getElementById('scroller');
				scroller.scrollTop = earlier.length ? scroller.scrollHeight : 0;
			});
	}

	// What was asked for before the page moved to a new room (a chain's start), sent once the room is open; or,
	// carried in the address, put in the question field and taken out of the address, so the address saved
	// does not carry it again.
	function sendPending() {
		const pending = room && stored('sessionStorage', PENDING);
		const carried = room && new URLSearchParams(location.hash.slice(1)).get(CARRIED);
		if (pending) {
			store('sessionStorage', PENDING, null);
			question.value = pending;
			ask();
		}
		else if (carried) {
			history.replaceState(history.state, '', location.pathname + location.search);
			question.value = carried;
			question.focus();
		}
	}

	window.fyren = {
		lang: lang, room: room, key: key, t: t, name: name, rename: rename, stored: stored, storedJson: storedJson,
		store: store, api: api, postJson: postJson, reach: reach, Said: Said, said: said, renderReply: renderReply,
		element: element, status: status
	};

	Promise.all([loadTexts(), commandsKnown()]).then(showHome).then(sendPending);
}());

// The upload field for administrators: shown only where an administrator key is set (fyren.documents.web-admin-key).
// The file goes as the request's body with the key in a header; the upload's progress shows in the bar, then the
// reading's (page by page for a PDF), asked of /api/documents/intakes/{id} until it is done.
(function () {
	const fyren = window.fyren;
	const box = document.getElementById('upload');
	const file = document.getElementById('upload-file');
	const key = document.getElementById('upload-key');
	const button = document.getElementById('upload-send');
	const progress = document.getElementById('upload-progress');
	const status = document.getElementById('upload-status');
	const POLL_MS = 700;
	let maxBytes = 0;
	// The limit as the server's own refusals tell it, so both say the same size.
	let maxMegabytes = '';

	function say(text, busy) {
		status.textContent = text;
		button.disabled = busy;
		progress.hidden = !busy;
	}

	function follow(intake) {
		if (intake.finished) {
			say(intake.text, false);
			return;
		}
		say(intake.text, true);
		if (intake.pages > 0) {
			progress.max = intake.pages;
			progress.value = intake.page;
		}
		else {
			progress.removeAttribute('value');
		}
		setTimeout(() => {
			fetch(fyren.api('/api/documents/intakes/' + encodeURIComponent(intake.id)))
				// A reading the server no longer knows (it restarted) is explained in the problem's detail, which
				// says where to look instead: shown as the other API errors are, not as a bare "something went wrong".
				.then((response) => response.json().catch(() => ({})).then((json) => {
					if (!response.ok) {
						throw new fyren.Said(json.detail || fyren.t('web.error'));
					}
					return json;
				}))
				.then(follow)
				.catch((error) => say(fyren.said(error), false));
		}, POLL_MS);
	}

	function upload(chosen) {
		const request = new XMLHttpRequest();
		request.open('POST', fyren.api('/api/documents?name=' + encodeURIComponent(chosen.name)));
		request.setRequestHeader('Content-Type', 'application/octet-stream');
		request.setRequestHeader('X-Fyren-Admin-Key', key.value);
		request.upload.addEventListener('progress', (event) => {
			if (event.lengthComputable) {
				progress.max = event.total;
				progress.value = event.loaded;
			}
		});
		request.addEventListener('load', () => {
			let reply = {};
			try {
				reply = JSON.parse(request.responseText);
			}
			catch (ignored) {
				// Not JSON: said as a general error below.
			}
			if (request.status === 200 || request.status === 202) {
				follow(reply);
			}
			else {
				// The upload's own refusal (a wrong key) or the server's problem detail (too large), both in the
				// page's language.
				say(reply.text || reply.detail || fyren.t('web.error'), false);
			}
		});
		request.addEventListener('error', () => say(fyren.t('web.offline'), false));
		say(fyren.t('web.upload.sending').replace('{0}', chosen.name), true);
		progress.value = 0;
		request.send(chosen);
	}

	// The chosen file's name in the page's own words: the browser's chooser, hidden, said "No file chosen".
	const chosenName = document.getElementById('upload-file-name');
	file.addEventListener('change', () => {
		// Named now: the page's texts, when they come, leave it.
		delete chosenName.dataset.text;
		chosenName.textContent = file.files.length ? file.files[0].name : fyren.t('web.upload.none');
	});

	document.getElementById('upload-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const chosen = file.files[0];
		if (!chosen || !key.value) {
			say(fyren.t('web.upload.choose'), false);
			return;
		}
		if (chosen.size > maxBytes) {
			say(fyren.t('web.documents.tooLarge').replace('{0}', maxMegabytes), false);
			return;
		}
		upload(chosen);
	});

	if (!fyren.room) {
		fetch(fyren.api('/api/documents/form'))
			.then((response) => (response.ok ? response.json() : { open: false }))
			.then((form) => {
				maxBytes = form.maxBytes;
				maxMegabytes = form.maxMegabytes;
				box.hidden = !form.open;
			})
			.catch(() => {});
	}
}());
