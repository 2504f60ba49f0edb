package se.fyren.bot.ask;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;

/**
 * Wires the knowledge library into the application: one {@link KnowledgeBase} per data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
@Import(KnowledgeConfiguration.DatabaseAfterThesaurus.class)
class KnowledgeConfiguration {

	@Bean
	KnowledgeSettings knowledgeSettings(KnowledgeProperties properties) {
		return properties.settings();
	}

	@Bean(destroyMethod = "close")
	KnowledgeBase knowledgeBase(KnowledgeSettings settings) {
		return new KnowledgeBase(settings);
	}

	/**
	 * The data source is made after the knowledge base, which reads the thesaurus files
	 * before it writes its index: the first connection (Flyway's) creates the embedded H2
	 * file under ./data, so a start that fails on an unreadable thesaurus, as from the
	 * wrong folder, would otherwise leave an empty database there.
	 */
	static class DatabaseAfterThesaurus extends AbstractDependsOnBeanFactoryPostProcessor {

		DatabaseAfterThesaurus() {
			super(DataSource.class, KnowledgeBase.class);
		}

	}

}
