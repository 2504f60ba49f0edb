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
	const shown = {};
	let last = 0;

	// Under each question: a field to answer in the chain's thread, as one would in Slack.
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
		form.append(label, submit);
		form.addEventListener('submit', (event) => {
			event.preventDefault();
			const text = field.value.trim();
			if (!text) {
				field.focus();
				return;
			}
			fyren.postJson('/api/rooms/' + room + '/messages',
				{ thread: message.thread, text: text, name: fyren.name(), locale: fyren.lang })
				.then(() => { field.value = ''; });
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
			localStorage.setItem('fyren.name', name);
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

	askName();

	function poll() {
		fetch('/api/rooms/' + room + '/messages?after=' + last, { headers: { 'Accept': 'application/json' } })
			.then((response) => (response.ok ? response.json() : []))
			.then((messages) => messages.forEach((message) => {
				last = Math.max(last, message.seq);
				show(message);
			}))
			.catch(() => {})
			.finally(() => setTimeout(poll, 2000));
	}

	poll();
}());
