package se.fyren.bot.web;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.fyren.bot.chat.WebRoom;
import se.fyren.bot.chat.WebUser;

/**
 * Lets the web API's handlers, the web chat's own and the features' beside it, take the
 * {@link WebUser} who sent the request and the {@link WebRoom} it was made in, and the
 * language it asks for as a {@link java.util.Locale} ({@link WebLanguage}).
 */
@Configuration(proxyBeanMethods = false)
class WebMvc implements WebMvcConfigurer {

	private final Browsers browsers;

	private final OpenedRooms rooms;

	WebMvc(Browsers browsers, OpenedRooms rooms) {
		this.browsers = browsers;
		this.rooms = rooms;
	}

	/**
	 * Named as the dispatcher looks it up, which also keeps Boot from adding its own
	 * (Accept-Language alone, in the JVM's language when the header names none). Static:
	 * the size filter takes it, and needs none of this configuration's parts to.
	 */
	@Bean(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
	static LocaleResolver localeResolver() {
		return new WebLanguage();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(browsers);
		resolvers.add(rooms);
	}

}
