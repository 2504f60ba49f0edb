package se.fyren.bot.ask;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.KnowledgeSettings;

/**
 * Wires the knowledge library into the application: one {@link KnowledgeBase} per data
 * directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

	@Bean
	KnowledgeSettings knowledgeSettings(KnowledgeProperties properties) {
		return properties.settings();
	}

	@Bean(destroyMethod = "close")
	KnowledgeBase knowledgeBase(KnowledgeSettings settings) {
		return new KnowledgeBase(settings);
	}

}
