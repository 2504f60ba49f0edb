package se.fyren.bot.cli;

import java.time.Clock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.fyren.bot.ask.AnswerLog;
import se.fyren.bot.ask.KnowledgeProperties;
import se.fyren.bot.ask.ReportAnswers;
import se.fyren.bot.documents.Admission;
import se.fyren.bot.documents.DocumentStore;
import se.fyren.bot.documents.DocumentsProperties;
import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;

/**
 * The command line's application: the knowledge library, the messages and JSON, and a
 * database connection made only if {@code feedback} finds no running server. No web
 * server, no Quartz, no Flyway, no chats: a command starts in a second or two and runs
 * beside a server on the same data folder. Not a {@code @Configuration}, so the server's
 * component scan leaves it out; {@code FyrenApplication} starts it for a command.
 */
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, MessageSourceAutoConfiguration.class,
		JacksonAutoConfiguration.class, DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class,
		JdbcClientAutoConfiguration.class })
@EnableConfigurationProperties({ KnowledgeProperties.class, DocumentsProperties.class })
@Import({ FyrenCommands.class, ServerFeedback.class })
public class CommandLine {

	@Bean
	KnowledgeSettings knowledgeSettings(KnowledgeProperties properties) {
		return properties.settings();
	}

	/**
	 * Beside a running server, which writes the index, this reads the server's commits.
	 */
	@Bean(destroyMethod = "close")
	KnowledgeBase knowledgeBase(KnowledgeSettings settings) {
		return KnowledgeBase.openShared(settings);
	}

	@Bean
	ReportAnswers reportAnswers(KnowledgeBase knowledge, MessageSource messages) {
		return new ReportAnswers(knowledge, messages);
	}

	/**
	 * The documents table, for {@code add}: lazy, so no other command touches the
	 * database.
	 */
	@Bean
	@Lazy
	Admission admission(KnowledgeBase knowledge, DocumentStore documentStore, DocumentsProperties properties) {
		return new Admission(knowledge, documentStore, properties, Clock.systemUTC());
	}

	@Bean
	@Lazy
	DocumentStore documentStore(JdbcClient jdbc) {
		return new DocumentStore(jdbc);
	}

	/**
	 * The answer log read directly, when no server answers: lazy, so no other command
	 * touches the database.
	 */
	@Bean
	@Lazy
	AnswerLog answerLog(JdbcClient jdbc) {
		return new AnswerLog(jdbc, Clock.systemUTC(), new SimpleMeterRegistry());
	}

}
