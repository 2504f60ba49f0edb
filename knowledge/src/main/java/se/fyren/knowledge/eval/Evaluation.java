package se.fyren.knowledge.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.json.JsonMapper;

import se.fyren.knowledge.Answer;
import se.fyren.knowledge.ScoredPassage;

/**
 * Scores answers against questions with evidence, exactly as {@code shared/eval/score.py}
 * does: a passage (cut at 1000 characters) or an answer (cut at 600) hits when it holds
 * an evidence string, compared as sequences of lower-case words.
 */
public final class Evaluation {

	private static final int PASSAGE_CHARS = 1000;

	private static final int ANSWER_CHARS = 600;

	private static final int K = 5;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	public static List<EvalQuestion> read(Path file) {
		JsonMapper json = JsonMapper.builder().build();
		try {
			List<EvalQuestion> questions = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (!line.isBlank()) {
					questions.add(json.readValue(line, EvalQuestion.class));
				}
			}
			return questions;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read questions " + file, ex);
		}
	}

	public static EvalScore score(List<EvalQuestion> questions, Function<EvalQuestion, Answer> answers) {
		int n = 0;
		int r1 = 0;
		int rk = 0;
		double rr = 0;
		int hits = 0;
		int falseAbstains = 0;
		int unanswerable = 0;
		int abstained = 0;
		int english = 0;
		int englishFound = 0;
		List<String> misses = new ArrayList<>();
		Map<String, EvalScore.TypeScore> byType = new HashMap<>();
		for (EvalQuestion question : questions) {
			Answer answer = answers.apply(question);
			if (!question.answerable()) {
				unanswerable++;
				abstained += answer.found() ? 0 : 1;
				if (answer.found()) {
					misses.add(question.id() + " answered an unanswerable question: " + question.question());
				}
				continue;
			}
			n++;
			Integer rank = null;
			List<ScoredPassage> passages = answer.passages();
			for (int i = 0; i < Math.min(10, passages.size()); i++) {
				if (containsEvidence(cut(passages.get(i).passage().text(), PASSAGE_CHARS), question.evidence())) {
					rank = i + 1;
					break;
				}
			}
			r1 += rank != null && rank == 1 ? 1 : 0;
			boolean inK = rank != null && rank <= K;
			rk += inK ? 1 : 0;
			rr += rank == null ? 0 : 1.0 / rank;
			if ("en".equals(question.lang())) {
				english++;
				englishFound += inK && answer.found() ? 1 : 0;
			}
			boolean hit = answer.found() && containsEvidence(cut(answer.text(), ANSWER_CHARS), question.evidence());
			hits += hit ? 1 : 0;
			byType.merge(question.type() == null ? "?" : question.type(), new EvalScore.TypeScore(1, hit ? 1 : 0),
					(a, b) -> new EvalScore.TypeScore(a.questions() + b.questions(), a.answerHits() + b.answerHits()));
			if (!answer.found()) {
				falseAbstains++;
				String reason = answer.abstain() == null ? "" : " (" + answer.abstain().reason() + ")";
				misses.add(question.id() + " abstained" + reason + ": " + question.question());
			}
			if (!inK) {
				misses.add(question.id() + " no hit in top " + K + ": " + question.question());
			}
		}
		double total = Math.max(n, 1);
		return new EvalScore(n, r1 / total, rk / total, rr / total, hits / total, abstained, unanswerable,
				falseAbstains, englishFound, english, misses, byType);
	}

	static boolean containsEvidence(String text, List<String> evidence) {
		String hay = words(text);
		return evidence.stream().map(Evaluation::words).anyMatch(e -> !e.isBlank() && hay.contains(e));
	}

	private static String words(String text) {
		Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
		StringBuilder out = new StringBuilder(" ");
		while (m.find()) {
			out.append(m.group()).append(' ');
		}
		return out.toString();
	}

	private static String cut(String text, int chars) {
		return text.length() <= chars ? text : text.substring(0, chars);
	}

	private Evaluation() {
	}

}
