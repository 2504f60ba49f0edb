// A web room (/?room=<id>): shows what Fyren posts there (a dialogue chain's questions, countdown and summary)
// by polling /api/rooms/<id>/messages, and lets participants answer a question in its thread.
// Builds on app.js's window.fyren; does nothing on a page without a room.
'use strict';

(function () {
	const fyren = window.fyren;
	if (!fyren || !fyren.room) {
		return;
	}
	const room = encodeURIComponent(fyren.room);
	const keyParam = 'key=' + encodeURIComponent(fyren.key || '');
	const shown = {};
	let last = 0;

	// What this browser answered in this room, by question message: shown under the question, kept for the
	// browser session (the server's record is the summary).
	const MINE = 'fyren.mine.' + fyren.room;
	// Storage may be refused or hold something unreadable: then nothing is shown as answered before.
	const mine = fyren.storedJson('sessionStorage', MINE, {});

	function showMine(article, messageId) {
		const given = mine[messageId] || [];
		let box = article.querySelector('.my-answers');
		if (!given.length) {
			return;
		}
		if (!box) {
			box = fyren.element('div', 'my-answers');
			box.appendChild(fyren.element('h3', null, fyren.t('web.room.mine')));
			box.appendChild(fyren.element('ul'));
			article.appendChild(box);
		}
		const list = box.querySelector('ul');
		list.replaceChildren(...given.map((text) => fyren.element('li', null, text)));
	}

	function remember(messageId, text) {
		mine[messageId] = (mine[messageId] || []).concat([text]);
		fyren.store('sessionStorage', MINE, JSON.stringify(mine));
		const article = shown[messageId];
		if (article) {
			showMine(article, messageId);
		}
	}

	// The Svara form (app.js) tells when its answer was taken; the core's confirmation is shown by app.js.
	document.getElementById('conversation').addEventListener('fyren:sent', (event) => {
		const article = event.target.closest('article');
		const id = Object.keys(shown).find((messageId) => shown[messageId] === article);
		if (id) {
			remember(id, event.detail.text);
		}
	});

	// Under each question: a field to answer in the chain's thread, as one would in Slack. The answer names its
	// question, so one written while the chain moved on is refused with why rather than saved under the next.
	function answerForm(message) {
		const form = document.createElement('form');
		form.className = 'room-answer';
		// Labelled as the card's own answer button asks, so the text is in the chain's language.
		const asking = message.actions.find((action) => action.inputLabel);
		const label = document.createElement('label');
		label.textContent = asking ? asking.inputLabel : '';
		const field = document.createElement('input');
		field.type = 'text';
		field.maxLength = 4000;
		label.appendChild(field);
		const submit = document.createElement('button');
		submit.type = 'submit';
		submit.textContent = fyren.t('web.send');
		const saved = fyren.element('p', 'room-answer-saved');
		saved.setAttribute('role', 'status');
		form.append(label, submit, saved);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const text = field.value.trim();
			if (!text) {
				field.focus();
				return;
			}
			fyren.postJson('/api/rooms/' + room + '/messages?' + keyParam,
				{ thread: message.thread, question: message.id, text: text, name: fyren.name(), locale: fyren.lang })
				.then(() => {
					field.value = '';
					saved.classList.remove('error');
					saved.textContent = fyren.t('web.room.saved');
					remember(message.id, text);
				})
				.catch((error) => {
					saved.classList.add('error');
					saved.textContent = fyren.said(error);
				});
		});
		return form;
	}

	// The action ids of a message, in order: an update with the same ones is the same question ticking.
	function actionIds(message) {
		return (message.actions || []).map((action) => action.id).join(' ');
	}

	// The last seconds of a countdown ("⏳ 0:09 kvar"), when a paragraph shows one.
	const LAST_SECONDS = 10;
	function secondsLeft(text) {
		const clock = /(\d+):(\d\d)/.exec(text || '');
		return clock ? Number(clock[1]) * 60 + Number(clock[2]) : null;
	}

	// A countdown tick: only the paragraphs that changed are rewritten, so the buttons, the open Svara form and
	// the Ditt svar field (with what is typed in them, and the focus) stay as they are. A ticking paragraph is
	// kept out of the room's live region: a screen reader hears a new question, and the last seconds only.
	function tick(article, message) {
		const paragraphs = article.querySelectorAll('.card-paragraph');
		if (paragraphs.length !== message.paragraphs.length
			|| article.dataset.title !== (message.title || '') || article.dataset.actions !== actionIds(message)) {
			return false;
		}
		const before = article.fyrenParagraphs;
		message.paragraphs.forEach((text, i) => {
			const paragraph = paragraphs[i];
			if (before[i] === text) {
				return;
			}
			paragraph.setAttribute('aria-live', 'off');
			const html = message.paragraphsHtml && message.paragraphsHtml[i];
			if (html) {
				paragraph.innerHTML = html;
			}
			else {
				paragraph.textContent = text;
			}
			const left = secondsLeft(text);
			if (left !== null && left <= LAST_SECONDS) {
				document.getElementById('room-announce').textContent = text;
			}
		});
		article.fyrenParagraphs = message.paragraphs;
		return true;
	}

	function show(message) {
		const earlier = shown[message.id];
		if (earlier && message.type === 'card' && tick(earlier, message)) {
			return;
		}
		// A closed question or another change of shape: the message is replaced where it was, without scrolling.
		const article = fyren.renderReply(null, message, earlier);
		article.dataset.title = message.title || '';
		article.dataset.actions = actionIds(message);
		article.fyrenParagraphs = message.paragraphs || [];
		if (message.thread && message.actions && message.actions.length) {
			article.appendChild(answerForm(message));
		}
		shown[message.id] = article;
		showMine(article, message.id);
	}

	// The name shown with one's answers in the summary and the export: asked once, kept in this browser.
	function askName() {
		const form = document.getElementById('room-name');
		const field = document.getElementById('room-name-field');
		const joined = document.getElementById('room-joined');
		function showName() {
			const name = fyren.name();
			form.hidden = name !== '';
			joined.hidden = name === '';
			document.getElementById('room-who').textContent = name;
		}
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const name = field.value.trim();
			if (!name) {
				field.focus();
				return;
			}
			fyren.rename(name);
			showName();
		});
		document.getElementById('room-rename').addEventListener('click', () => {
			field.value = fyren.name();
			form.hidden = false;
			joined.hidden = true;
			field.focus();
		});
		showName();
	}

	// The facilitator's view: the participants' link to share, with a button to copy it.
	function showShareLink(view) {
		if (!view.facilitator) {
			return;
		}
		const box = document.getElementById('room-share');
		const link = new URL(location.pathname, location.href);
		link.searchParams.set('room', view.room);
		link.searchParams.set('key', view.participantKey);
		if (fyren.lang === 'en') {
			link.searchParams.set('locale', 'en');
		}
		const anchor = document.getElementById('room-share-link');
		anchor.href = link.toString();
		anchor.textContent = link.toString();
		document.getElementById('room-copy').addEventListener('click', () => {
			navigator.clipboard.writeText(link.toString()).catch(() => {});
		});
		document.body.classList.add('facilitator');
		box.hidden = false;
	}

	// The facilitator's live list of the answers to the open question, under it; large enough for a projector,
	// and redrawn only when it changed. Not a live region: the room's own announcements are enough.
	let answersShown = '';
	function showAnswers() {
		if (!document.body.classList.contains('facilitator')) {
			return Promise.resolve();
		}
		return fyren.reach('/api/rooms/' + room + '/answers?' + keyParam,
			{ headers: { 'Accept': 'application/json' } })
			.then((response) => (response.status === 200 ? response.text() : ''))
			.then((body) => {
				if (body === answersShown) {
					return;
				}
				answersShown = body;
				const box = document.getElementById('room-answers');
				box.hidden = body === '';
				if (body !== '') {
					const card = fyren.renderReply(null, JSON.parse(body), document.getElementById('room-answers-card'));
					card.id = 'room-answers-card';
				}
			})
			.catch(() => {});
	}

	document.getElementById('room-fullscreen').addEventListener('click', () => {
		const box = document.getElementById('room-answers');
		if (document.fullscreenElement) {
			document.exitFullscreen().catch(() => {});
		}
		else if (box.requestFullscreen) {
			box.requestFullscreen().catch(() => {});
		}
	});

	askName();

	const POLL_EVERY_MS = 2000;

	function poll() {
		fyren.reach('/api/rooms/' + room + '/messages?' + keyParam + '&after=' + last,
			{ headers: { 'Accept': 'application/json' } })
			.then((response) => response.json().catch(() => ({})).then((json) => {
				if (response.status === 404) {
					// A room without its key shows nothing, and says why, once.
					throw new fyren.Said(json.detail || fyren.t('web.error'));
				}
				if (!response.ok) {
					setTimeout(poll, POLL_EVERY_MS);
					return;
				}
				fyren.status.textContent = '';
				json.forEach((message) => {
					last = Math.max(last, message.seq);
					show(message);
				});
				return showAnswers().then(() => setTimeout(poll, POLL_EVERY_MS));
			}))
			.catch((error) => {
				fyren.status.classList.add('error');
				fyren.status.textContent = fyren.said(error);
				if (error.message !== fyren.t('web.offline')) {
					return;
				}
				setTimeout(poll, POLL_EVERY_MS);
			});
	}

	fetch(fyren.api('/api/rooms/' + room + '?' + keyParam), { headers: { 'Accept': 'application/json' } })
		.then((response) => (response.ok ? response.json() : {}))
		.then(showShareLink)
		.catch(() => {});
	poll();
}());
