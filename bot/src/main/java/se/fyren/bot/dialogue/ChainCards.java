package se.fyren.bot.dialogue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.fyren.bot.chat.Reply.Action;
import se.fyren.bot.chat.Reply.Card;
import se.fyren.bot.infra.PublicAddress;

/**
 * The cards a chain posts in its thread: the start, each question with its countdown and
 * buttons, the summary.
 */
@Component
class ChainCards {

	static final String ANSWER = "dialogue.answer";

	static final String NEXT = "dialogue.next";

	static final String MORE_TIME = "dialogue.more";

	static final String SKIP = "dialogue.skip";

	static final String STOP = "dialogue.stop";

	static final String START = "dialogue.start";

	/** The most of one answer a summary shows. */
	static final int SUMMARY_ANSWER_CHARS = 300;

	/**
	 * The most a summary shows for one question: Slack cuts a section at 3,000
	 * characters, and the line saying how many more answers there are must fit too.
	 */
	static final int SUMMARY_QUESTION_CHARS = 2800;

	/**
	 * The most a summary shows of all answers: Teams refuses a message over 28 KB, which
	 * the card's JSON and two-byte letters such as å reach at well under 28,000
	 * characters.
	 */
	static final int SUMMARY_CHARS = 10_000;

	private final MessageSource messages;

	private final DialogueProperties properties;

	private final PublicAddress address;

	ChainCards(MessageSource messages, DialogueProperties properties, PublicAddress address) {
		this.messages = messages;
		this.properties = properties;
		this.address = address;
	}

	Card start(DialogueChain chain, Template template) {
		Locale locale = chain.locale();
		List<String> paragraphs = new ArrayList<>();
		if (template.description() != null) {
			paragraphs.add(template.description());
		}
		paragraphs.add(messages.getMessage(
				chain.where().channel().text("dialogue.start.body", template.size(), clock(template.timePerQuestion())),
				locale));
		if (chain.anonymous()) {
			paragraphs.add(text("dialogue.start.anonymous", locale));
		}
		return new Card(text("dialogue.start.title", locale, template.title(), chain.group()), paragraphs, List.of());
	}

	/**
	 * The open question with the time left; its buttons carry the chain and the step, so
	 * they act after a restart.
	 */
	Card question(DialogueChain chain, Template template, Duration left) {
		Locale locale = chain.locale();
		String value = value(chain.id(), chain.step());
		List<Action> actions = List.of(
				new Action(ANSWER, text("dialogue.action.answer", locale), value, false,
						text("dialogue.action.answerLabel", locale)),
				new Action(NEXT, text("dialogue.action.next", locale), value, true, null).forLeader(),
				Action.button(MORE_TIME, text("dialogue.action.more", locale, clock(properties.extraTime())), value)
					.forLeader(),
				Action.button(SKIP, text("dialogue.action.skip", locale), value).forLeader(),
				Action.button(STOP, text("dialogue.action.stop", locale), value).forLeader());
		List<String> paragraphs = body(template.question(chain.step()), locale);
		paragraphs.add(text("dialogue.question.left", locale, clock(left.isNegative() ? Duration.ZERO : left)));
		return new Card(title(chain, template), paragraphs, actions);
	}

	/** A question no longer open: no buttons, no countdown. */
	Card closed(DialogueChain chain, Template template, int step, boolean skipped) {
		Locale locale = chain.locale();
		List<String> paragraphs = body(template.question(step), locale);
		paragraphs.add(text(skipped ? "dialogue.question.skipped" : "dialogue.question.closed", locale));
		return new Card(text("dialogue.question.title", locale, step + 1, template.size()), paragraphs, List.of());
	}

	/**
	 * The answers to each question, each cut short and as many as fit: Slack cuts a
	 * section at 3,000 characters and Teams refuses a message over 28 KB. The export has
	 * them all.
	 */
	Card summary(ChainSummary summary) {
		DialogueChain chain = summary.chain();
		Locale locale = chain.locale();
		List<String> paragraphs = new ArrayList<>();
		if (chain.state() == ChainState.STOPPED) {
			paragraphs.add(text("dialogue.summary.stopped", locale));
		}
		int room = SUMMARY_CHARS;
		boolean cut = false;
		for (ChainSummary.Asked asked : summary.questions()) {
			StringBuilder paragraph = new StringBuilder("*").append(asked.number())
				.append(". ")
				.append(asked.question().text())
				.append('*');
			if (asked.skipped() && asked.answers().isEmpty()) {
				paragraph.append('\n').append(text("dialogue.summary.skipped", locale));
			}
			else if (asked.answers().isEmpty()) {
				paragraph.append('\n').append(text("dialogue.summary.none", locale));
			}
			int shown = 0;
			for (ChainSummary.Given given : asked.answers()) {
				StringBuilder line = new StringBuilder("\n• ").append(given.who())
					.append(": ")
					.append(shorten(given.text()));
				if (given.edited()) {
					line.append(' ').append(text("dialogue.summary.edited", locale));
				}
				if (paragraph.length() + line.length() > SUMMARY_QUESTION_CHARS
						|| paragraph.length() + line.length() > room) {
					break;
				}
				cut |= given.text().length() > SUMMARY_ANSWER_CHARS;
				paragraph.append(line);
				shown++;
			}
			if (shown < asked.answers().size()) {
				cut = true;
				paragraph.append('\n').append(text("dialogue.summary.more", locale, asked.answers().size() - shown));
			}
			room = Math.max(0, room - paragraph.length());
			paragraphs.add(paragraph.toString());
		}
		if (cut) {
			paragraphs.add(text("dialogue.summary.cut", locale, chain.id()));
		}
		// The links carry the export's secret, and a summary is read by everyone in the
		// thread: the facilitator asks for them.
		paragraphs.add(text("dialogue.summary.export", locale, chain.id()));
		return new Card(text("dialogue.summary.title", locale, summary.template().title(), chain.group()), paragraphs,
				List.of());
	}

	/**
	 * The open question's answers so far, for the facilitator's screen (often a
	 * projector): who gave each, as the summary names them, and the whole answer.
	 */
	Card live(ChainSummary summary) {
		DialogueChain chain = summary.chain();
		Locale locale = chain.locale();
		ChainSummary.Asked asked = summary.questions().get(chain.step());
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("*" + asked.question().text() + "*");
		if (asked.answers().isEmpty()) {
			paragraphs.add(text("dialogue.live.none", locale));
		}
		else {
			StringBuilder list = new StringBuilder(text("dialogue.live.count", locale, asked.answers().size()));
			for (ChainSummary.Given given : asked.answers()) {
				list.append("\n• ").append(given.who()).append(": ").append(given.text());
			}
			paragraphs.add(list.toString());
		}
		return new Card(text("dialogue.live.title", locale, asked.number(), summary.template().size()), paragraphs,
				List.of());
	}

	/** An answer as the summary shows it: its beginning, when it is long. */
	private static String shorten(String answer) {
		if (answer.length() <= SUMMARY_ANSWER_CHARS) {
			return answer;
		}
		int end = SUMMARY_ANSWER_CHARS - 1;
		if (Character.isHighSurrogate(answer.charAt(end - 1))) {
			end--;
		}
		return answer.substring(0, end).stripTrailing() + "…";
	}

	/**
	 * @param key the chain's export secret, without which the link opens nothing
	 */
	String exportUrl(String id, String key, String format) {
		return address.link("/api/dialogue/" + id + "." + format + "?key=" + key);
	}

	/**
	 * A question a chain asked whose text it did not record, in a summary made without
	 * its template (which numbers it).
	 */
	String unrecordedQuestion(Locale locale) {
		return text("dialogue.summary.unrecorded", locale);
	}

	/** What a chain is called when its template, which named it, is gone. */
	String chainTitle(Locale locale) {
		return text("dialogue.templateGone.title", locale);
	}

	String participant(int number, Locale locale) {
		return text("dialogue.participant", locale, number);
	}

	static String value(String chainId, int step) {
		return chainId + "/" + step;
	}

	private String title(DialogueChain chain, Template template) {
		return text("dialogue.question.title", chain.locale(), chain.step() + 1, template.size());
	}

	private List<String> body(Question question, Locale locale) {
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add("*" + question.text() + "*");
		if (question.hint() != null) {
			paragraphs.add(question.hint());
		}
		return paragraphs;
	}

	/** Minutes and seconds, as a countdown reads: 0:30, 1:05. */
	static String clock(Duration duration) {
		long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
		return "%d:%02d".formatted(seconds / 60, seconds % 60);
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}

}
