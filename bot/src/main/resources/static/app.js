// Fyren's web chat: posts questions to /api/chat, renders the reply, and posts ratings to /api/feedback.
// Plain script, no build step and nothing from a CDN: Fyren runs on closed networks.
'use strict';

(function () {
	const lang = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'sv';
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
		toggle.href = '?lang=' + other;
		toggle.hreflang = other;
		toggle.lang = other;
		document.title = t('web.title');
	}

	function loadTexts() {
		return fetch('/api/texts?locale=' + lang)
			.then((response) => (response.ok ? response.json() : {}))
			.then((loaded) => { Object.assign(texts, loaded); applyTexts(); })
			.catch(() => applyTexts());
	}

	// An anonymous id per browser, so changing one's mind replaces the earlier rating instead of adding one.
	function rater() {
		let id = localStorage.getItem('fyren.rater');
		if (!id) {
			id = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
				: Date.now().toString(36) + Math.random().toString(36).slice(2);
			localStorage.setItem('fyren.rater', id);
		}
		return id;
	}

	function postJson(url, body) {
		return fetch(url, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
			body: JSON.stringify(body)
		}).then((response) => response.json().catch(() => ({})).then((json) => {
			if (!response.ok) {
				// The API explains problems in Swedish; an English page says it in its own words.
				throw new Error(lang === 'sv' && json.detail ? json.detail : t('web.error'));
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

	function renderSources(sources, n) {
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
			const passage = element('blockquote', 'passage', source.passage);
			passage.id = passageId;
			passage.hidden = true;
			button.addEventListener('click', () => {
				passage.hidden = !passage.hidden;
				button.setAttribute('aria-expanded', String(!passage.hidden));
			});
			item.append(button, passage);
			list.appendChild(item);
		});
		box.appendChild(list);
		return box;
	}

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
				postJson('/api/feedback', { answerId: answerId, helpful: value, rater: rater() })
					.then(() => {
						helpful.setAttribute('aria-pressed', String(value));
						notHelpful.setAttribute('aria-pressed', String(!value));
						confirmation.classList.remove('failed');
						confirmation.textContent = t('web.feedback.thanks');
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

	function renderReply(asked, reply) {
		const n = ++exchanges;
		const article = element('article', 'exchange');
		article.appendChild(element('p', 'you', t('web.you') + ': ' + asked));
		const answer = element('p', 'answer', reply.text);
		article.appendChild(answer);
		if (reply.type === 'answer') {
			article.dataset.answerId = reply.answerId;
			answer.dataset.found = String(reply.found);
			if (!reply.found) {
				answer.classList.add('not-found');
			}
			if (reply.sources && reply.sources.length) {
				article.appendChild(renderSources(reply.sources, n));
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
		conversation.appendChild(article);
		article.scrollIntoView({ behavior: 'smooth', block: 'start' });
	}

	function ask() {
		const text = question.value.trim();
		if (!text) {
			status.textContent = t('web.empty');
			question.focus();
			return;
		}
		send.disabled = true;
		status.classList.remove('error');
		status.textContent = t('web.sending');
		postJson('/api/chat', { text: text, locale: lang })
			.then((reply) => {
				status.textContent = '';
				question.value = '';
				renderReply(text, reply);
			})
			.catch((error) => {
				status.classList.add('error');
				status.textContent = error.message || t('web.error');
			})
			.finally(() => {
				send.disabled = false;
				question.focus({ preventScroll: true });
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

	loadTexts();
}());
