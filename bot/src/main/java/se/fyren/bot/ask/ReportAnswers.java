package se.fyren.bot.ask;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import se.fyren.bot.chat.Reply;
import se.fyren.bot.documents.Places;
import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.Citation;
import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.Passage;

/**
 * Asking the reports without recording anything: the question cut to a length the search
 * is meant for, and the answer as a chat shows it. {@link Questions} adds the answer log
 * and the metrics; the command line, which needs neither a database nor a server, uses
 * this alone.
 */
public final class ReportAnswers {

	static final int MAX_SOURCES = 3;

	static final int MAX_QUESTION_CHARS = 2000;

	/** The abstain reasons whose subject is a place or a name. */
	private static final Set<String> NAMED_SUBJECTS = Set.of("name_not_in_reports", "place_not_in_answer");

	/**
	 * The abstain reasons whose subject is a word inside a sentence, unless written in
	 * capitals ("LVM").
	 */
	private static final Set<String> LOWER_CASE_SUBJECTS = Set.of("law_not_in_reports", "month_not_in_answer");

	private static final Logger log = LoggerFactory.getLogger(ReportAnswers.class);

	private final KnowledgeBase knowledge;

	private final MessageSource messages;

	public ReportAnswers(KnowledgeBase knowledge, MessageSource messages) {
		this.knowledge = knowledge;
		this.messages = messages;
	}

	/** The library's answer from the shared reports, not recorded. */
	public Answer answer(String question) {
		return knowledge.ask(cut(question));
	}

	/** The library's answer from the given collections, not recorded. */
	public Answer answer(String question, Set<String> collections) {
		return knowledge.ask(cut(question), collections);
	}

	/** The answer as a chat shows it: the text and up to three sources, best first. */
	public Reply.AnswerReply shown(String answerId, Answer answer, Locale locale) {
		if (!answer.found()) {
			return new Reply.AnswerReply(answerId, answer.question(), false, notFound(answer.abstain(), locale),
					List.of());
		}
		List<Reply.Source> sources = answer.citations()
			.stream()
			.limit(MAX_SOURCES)
			.map(citation -> source(citation, locale))
			.toList();
		return new Reply.AnswerReply(answerId, answer.question(), true, answer.text(), sources);
	}

	/**
	 * Why nothing was found, when the reason can be said to the asker ("Rapporterna
	 * nämner inte Göteborg."); the general reply otherwise.
	 */
	private String notFound(Abstain abstain, Locale locale) {
		String said = abstain == null ? null : messages.getMessage("answer.notFound." + abstain.reason(),
				new Object[] { shownSubject(abstain) }, null, locale);
		return said != null ? said : messages.getMessage("answer.notFound", null, locale);
	}

	/**
	 * A place or a name typed in lower case is shown as a name ("upplands väsby":
	 * Upplands Väsby, "malung-sälen": Malung-Sälen); a law or a month as a word inside a
	 * sentence ("Socialtjänstlagen" typed first: socialtjänstlagen).
	 */
	private static String shownSubject(Abstain abstain) {
		String subject = abstain.subject();
		if (subject == null || subject.isEmpty()) {
			return subject;
		}
		if (LOWER_CASE_SUBJECTS.contains(abstain.reason()) && !subject.equals(subject.toUpperCase(Locale.ROOT))) {
			return subject.toLowerCase(Locale.ROOT);
		}
		if (!NAMED_SUBJECTS.contains(abstain.reason())) {
			return subject;
		}
		StringBuilder shown = new StringBuilder(subject.length());
		for (int i = 0; i < subject.length(); i++) {
			char c = subject.charAt(i);
			boolean starts = i == 0 || subject.charAt(i - 1) == ' ' || subject.charAt(i - 1) == '-';
			shown.append(starts ? Character.toUpperCase(c) : c);
		}
		return shown.toString();
	}

	private static String cut(String question) {
		if (question.length() <= MAX_QUESTION_CHARS) {
			return question;
		}
		log.info("Question of {} characters cut to {}", question.length(), MAX_QUESTION_CHARS);
		return question.substring(0, MAX_QUESTION_CHARS);
	}

	private Reply.Source source(Citation citation, Locale locale) {
		StringBuilder label = new StringBuilder(citation.title()).append(whose(citation));
		if (citation.section() != null && !citation.section().isBlank()) {
			label.append(" – ").append(Passage.innermostHeading(citation.section()));
		}
		if (citation.page() != null) {
			label.append(", ").append(messages.getMessage("answer.page", new Object[] { citation.page() }, locale));
		}
		return new Reply.Source(citation.doc(), citation.title(), citation.section(), citation.page(), label.toString(),
				citation.passageText());
	}

	/**
	 * After a source's title: nothing for the shared reports, which go without saying;
	 * for a team's own document, whose it is ({@code " (borlange)"}).
	 */
	public static String whose(Citation citation) {
		if (citation.collection() == null || CollectionNames.REPORTS.equals(citation.collection())) {
			return "";
		}
		return " (" + Places.shown(citation.collection()) + ")";
	}

}
