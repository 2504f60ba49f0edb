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

	function show(message) {
		const earlier = shown[message.id];
		// Kept before the update replaces the message, with what is being typed in it.
		const typing = earlier && earlier.querySelector('form.room-answer');
		// An update (the countdown, a closed question) replaces the message where it was, without scrolling.
		const article = fyren.renderReply(null, message, earlier);
		if (message.thread && message.actions && message.actions.length) {
			article.appendChild(typing || answerForm(message));
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
