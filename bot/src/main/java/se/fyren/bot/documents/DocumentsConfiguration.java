package se.fyren.bot.documents;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds and checks {@code fyren.documents.*} at start: a bad rule stops Fyren, named. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ DocumentsProperties.class, LinkProperties.class })
class DocumentsConfiguration {

}
