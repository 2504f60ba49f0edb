package se.fyren.bot.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.fyren.bot.infra.BodyLimit;

/** Binds and checks {@code fyren.documents.*} at start: a bad rule stops Fyren, named. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DocumentsProperties.class, LinkProperties.class })
class DocumentsConfiguration {

	/**
	 * An uploaded document may be as large as the documents' own limit, larger than any
	 * other request body; a larger one is refused unread, with the limit in megabytes.
	 */
	@Bean
	BodyLimit uploadSize(DocumentsProperties properties) {
		return new BodyLimit(DocumentUploads.PATH, properties.maxSize(), "web.documents.tooLarge");
	}

}
