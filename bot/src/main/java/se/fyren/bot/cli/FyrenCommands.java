package se.fyren.bot.cli;

import se.fyren.bot.teams.TeamsAppPackage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.ask.AnswerLog.RatedAnswer;
import se.fyren.bot.ask.AnswerLog;
import se.fyren.bot.ask.AnswerView;
import se.fyren.bot.ask.ReportAnswers;
import se.fyren.bot.chat.Inbound;
import se.fyren.bot.documents.Admission;
import se.fyren.bot.documents.DocumentStore;
import se.fyren.bot.documents.Refused;
import se.fyren.bot.documents.Upload;
import se.fyren.bot.chat.Reply;
import se.fyren.knowledge.Answer;
import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;
import se.fyren.knowledge.bench.BenchmarkReport;
import se.fyren.knowledge.bench.KnowledgeBenchmark;
import se.fyren.knowledge.eval.EvalQuestion;
import se.fyren.knowledge.eval.EvalScore;
import se.fyren.knowledge.eval.Evaluation;
import se.fyren.knowledge.index.IndexChange;

/**
 * The command line: {@code ask}, {@code index}, {@code eval}, {@code bench},
 * {@code feedback}. Runs in {@link CommandLine}'s application when Fyren is started with
 * a command, and sets the exit code. Beside a running server it reads the server's index
 * and asks the server for the feedback.
 */
class FyrenCommands implements ApplicationRunner, ExitCodeGenerator {

	private static final int USAGE = 2;

	private static final Logger log = LoggerFactory.getLogger(FyrenCommands.class);

	private static final int FAILED = 1;

	private static final int WORST = 20;

	private static final String BUILD_INFO = "/META-INF/build-info.properties";

	private final KnowledgeBase knowledge;

	private final KnowledgeSettings settings;

	private final JsonMapper json;

	private final MessageSource messages;

	private final ObjectProvider<AnswerLog> answerLog;

	private final ServerFeedback server;

	private final ReportAnswers questions;

	private final ObjectProvider<Admission> admission;

	private final ObjectProvider<DocumentStore> documentStore;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private final PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);

	private int exitCode;

	FyrenCommands(KnowledgeBase knowledge, KnowledgeSettings settings, JsonMapper json, MessageSource messages,
			ObjectProvider<AnswerLog> answerLog, ServerFeedback server, ReportAnswers questions,
			ObjectProvider<Admission> admission, ObjectProvider<DocumentStore> documentStore) {
		this.admission = admission;
		this.documentStore = documentStore;
		this.knowledge = knowledge;
		this.settings = settings;
		this.json = json;
		this.messages = messages;
		this.answerLog = answerLog;
		this.server = server;
		this.questions = questions;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = Arrays.asList(args.getSourceArgs());
		String command = words.get(0);
		List<String> rest = words.subList(1, words.size());
		switch (command) {
			case "ask" -> ask(rest);
			case "index" -> index();
			case "eval" -> eval(rest);
			case "bench" -> bench(rest);
			case "feedback" -> feedback(rest);
			case "teams-package" -> teamsPackage(rest);
			case "add" -> add(rest);
			case "help", "--help", "-h" -> help();
			default -> usage();
		}
	}

	private void ask(List<String> args) {
		boolean asJson = args.contains("--json");
		int batch = args.indexOf("--batch");
		refreshUnlessServed();
		if (batch >= 0) {
			if (batch + 1 >= args.size()) {
				usage();
				return;
			}
			for (EvalQuestion question : Evaluation.read(Path.of(args.get(batch + 1)))) {
				out.println(
						json.writeValueAsString(AnswerView.of(question.id(), questions.answer(question.question()))));
			}
			return;
		}
		String question = String.join(" ", args.stream().filter(a -> !a.startsWith("--")).toList()).strip();
		if (question.isEmpty()) {
			usage();
			return;
		}
		// Not recorded: the command line is the administrator's, often in batches to
		// evaluate, and no one rates there; the feedback list stays the chats' own.
		Answer answer = questions.answer(question);
		if (asJson) {
			out.println(json.writeValueAsString(AnswerView.of(null, answer)));
		}
		else {
			printForPerson(questions.shown(null, answer, Inbound.SWEDISH));
		}
	}

	/** The answer as the chats show it: the text, then up to three sources. */
	private void printForPerson(Reply.AnswerReply answer) {
		out.println(answer.text());
		if (answer.sources().isEmpty()) {
			return;
		}
		out.println();
		out.println(message("answer.sources"));
		answer.sources().forEach(source -> out.println("  - " + source.label()));
	}

	/**
	 * Brings the index in step first, unless a running server writes it: the server
	 * refreshes it on start, and its commits are what this process reads.
	 */
	private void refreshUnlessServed() {
		if (knowledge.writable()) {
			knowledge.refresh();
		}
	}

	private void index() {
		if (!knowledge.writable()) {
			err.println(message("cli.indexServed"));
			exitCode = FAILED;
			return;
		}
		IndexChange change = knowledge.refresh();
		out.printf(Locale.ROOT, "added: %s%nupdated: %s%nremoved: %s%nunchanged: %d%npassages indexed: %d%n",
				change.added(), change.updated(), change.removed(), change.unchanged(), change.passages());
		change.skipped().forEach(skipped -> out.println("skipped: " + skipped));
	}

	private void eval(List<String> args) {
		if (args.isEmpty()) {
			usage();
			return;
		}
		refreshUnlessServed();
		EvalScore score = Evaluation.score(Evaluation.read(Path.of(args.get(0))), q -> knowledge.ask(q.question()));
		if (args.contains("--show-misses")) {
			score.misses().forEach(out::println);
		}
		out.println(score.summary());
		out.println(score.detail());
	}

	private void bench(List<String> args) {
		int copies = args.isEmpty() ? 100 : Integer.parseInt(args.get(0));
		Path questions = Path.of(args.size() > 1 ? args.get(1) : "../shared/eval/questions-dev.jsonl");
		List<String> texts = Evaluation.read(questions).stream().map(EvalQuestion::question).toList();
		KnowledgeBenchmark benchmark = new KnowledgeBenchmark(settings, texts);
		for (BenchmarkReport report : benchmark.run(1, copies)) {
			out.println(report.summary());
		}
	}

	/** The same list as {@code GET /api/feedback/worst}: most "not helpful" first. */
	private void feedback(List<String> args) {
		List<String> counts = args.stream().filter(a -> !a.startsWith("--")).toList();
		int limit = WORST;
		if (!counts.isEmpty()) {
			try {
				limit = Integer.parseInt(counts.get(0));
			}
			catch (NumberFormatException ex) {
				limit = 0;
			}
			if (limit < 1) {
				usage();
				return;
			}
		}
		int count = limit;
		List<RatedAnswer> worst = server.worst(count).orElseGet(() -> worstInDatabase(count));
		if (args.contains("--json")) {
			out.println(json.writeValueAsString(worst));
			return;
		}
		if (worst.isEmpty()) {
			out.println(message("feedback.none"));
			return;
		}
		out.println(message("feedback.header"));
		for (RatedAnswer rated : worst) {
			out.printf(Locale.ROOT, "%n%3d / %-3d %s%n", rated.notHelpful(), rated.helpful(), rated.question());
			out.println("          " + (rated.found() ? oneLine(rated.answer()) : message("feedback.notFound")));
			out.println("          id: " + rated.id());
		}
	}

	/**
	 * The Teams app package for this installation, from {@code config/teams}: the app id
	 * and host are required; the version follows Fyren's own unless given.
	 */
	private void teamsPackage(List<String> args) {
		String version = option(args, "version",
				TeamsAppPackage.version(FyrenCommands.class.getPackage().getImplementationVersion()));
		Path zip = Path.of(option(args, "out", "fyren-teams.zip"));
		try {
			TeamsAppPackage.Settings made = new TeamsAppPackage.Settings(option(args, "app-id", null),
					option(args, "host", null), version, option(args, "privacy-url", null),
					option(args, "terms-url", null));
			TeamsAppPackage.write(Path.of(option(args, "sources", "config/teams")), made, zip);
			out.println(message("cli.teamsPackage", zip.toAbsolutePath(), made.version()));
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			exitCode = USAGE;
		}
	}

	/**
	 * {@code add FILE --collection NAME}: reads the file as a chat upload is read and
	 * stores it in the database; every server reads it into its index at its next sync.
	 * The file's own folder is not remembered: only its name and bytes.
	 */
	private void add(List<String> args) {
		List<String> files = new ArrayList<>();
		String collection = null;
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--collection") && i + 1 < args.size()) {
				collection = args.get(++i);
			}
			else if (args.get(i).startsWith("--collection=")) {
				collection = args.get(i).substring("--collection=".length());
			}
			else {
				files.add(args.get(i));
			}
		}
		if (files.size() != 1 || !CollectionNames.valid(collection) || collection.startsWith("privat:")) {
			usage();
			return;
		}
		Path file = Path.of(files.get(0));
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			err.println(message("cli.add.cannotRead", file));
			exitCode = FAILED;
			return;
		}
		// The login name is what the person goes by on this machine: it names them in the
		// list too.
		String login = System.getProperty("user.name", "okänd");
		try {
			Admission.Admitted admitted = admission.getObject()
				.admit(new Upload(file.getFileName().toString(), bytes, "cli:" + login, login), collection);
			if (!documentStore.getObject().insert(admitted.document(), bytes)) {
				err.println(message("documents.duplicate", admitted.document().fileName(), admitted.document().title(),
						collection));
				exitCode = FAILED;
				return;
			}
			out.println(message(admitted.document().pages() > 0 ? "cli.add.done.paged" : "cli.add.done",
					admitted.document().title(), admitted.document().pages(), collection, admitted.document().id()));
		}
		catch (Refused refused) {
			err.println(refused.outcome().text(messages, Inbound.SWEDISH));
			exitCode = FAILED;
		}
		catch (BadSqlGrammarException ex) {
			log.debug("No documents table", ex);
			err.println(message("cli.add.noTable"));
			exitCode = FAILED;
		}
		catch (DataAccessResourceFailureException ex) {
			log.debug("Database not reachable", ex);
			err.println(message("cli.add.noDatabase"));
			exitCode = FAILED;
		}
	}

	/** Fyren's version from the build (the build-info the actuator's info shows too). */
	private static String fyrenVersion() {
		try (InputStream in = FyrenCommands.class.getResourceAsStream(BUILD_INFO)) {
			if (in == null) {
				return null;
			}
			Properties build = new Properties();
			build.load(in);
			return build.getProperty("build.version");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + BUILD_INFO, ex);
		}
	}

	/** {@code --name=value} among the arguments, or the fallback. */
	private static String option(List<String> args, String name, String fallback) {
		String prefix = "--" + name + "=";
		return args.stream()
			.filter(arg -> arg.startsWith(prefix))
			.map(arg -> arg.substring(prefix.length()))
			.reduce((first, last) -> last)
			.orElse(fallback);
	}

	/** No server runs: the answer log read directly. */
	private List<RatedAnswer> worstInDatabase(int count) {
		try {
			return answerLog.getObject().worst(count);
		}
		catch (BadSqlGrammarException ex) {
			// A database no Fyren server has set up yet has no answer log, so no answers.
			log.debug("No answer log in the database", ex);
			return List.of();
		}
	}

	private static String oneLine(String text) {
		String line = text.replaceAll("\\s+", " ").strip();
		return line.length() <= 160 ? line : line.substring(0, 159) + "…";
	}

	/** The commands, asked for: no error. */
	private void help() {
		out.println("""
				Fyren answers questions from the reports. Without a command, java -jar fyren.jar serves
				the web chat (and Slack and Teams when configured); with one, it runs it and exits.""");
		usage();
		exitCode = 0;
	}

	private void usage() {
		out.println("""
				usage: fyren ask "fråga" [--json]
				       fyren ask --batch QUESTIONS.jsonl --json
				       fyren index
				       fyren eval QUESTIONS.jsonl [--show-misses]
				       fyren bench [COPIES] [QUESTIONS.jsonl]
				       fyren feedback [COUNT] [--json]
				       fyren add FILE --collection NAME
				       fyren teams-package --app-id=APP_ID --host=HOST [--version=1.2.3] [--privacy-url=URL]
				                           [--terms-url=URL] [--out=fyren-teams.zip] [--sources=config/teams]
				       fyren help""");
		exitCode = USAGE;
	}

	private String message(String code, Object... args) {
		return messages.getMessage(code, args, Locale.forLanguageTag("sv"));
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
