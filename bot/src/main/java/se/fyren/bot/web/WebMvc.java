package se.fyren.bot.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import se.fyren.bot.chat.WebRoom;
import se.fyren.bot.chat.WebUser;

/**
 * Lets the web API's handlers, the web chat's own and the features' beside it, take the
 * {@link WebUser} who sent the request and the {@link WebRoom} it was made in.
 */
@Configuration(proxyBeanMethods = false)
class WebMvc implements WebMvcConfigurer {

	private final Browsers browsers;

	private final OpenedRooms rooms;

	WebMvc(Browsers browsers, OpenedRooms rooms) {
		this.browsers = browsers;
		this.rooms = rooms;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(browsers);
		resolvers.add(rooms);
	}

}
