package se.fyren.bot.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets the web API's handlers take the {@link WebUser} who sent the request. */
@Configuration(proxyBeanMethods = false)
class WebMvc implements WebMvcConfigurer {

	private final Browsers browsers;

	WebMvc(Browsers browsers) {
		this.browsers = browsers;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(browsers);
	}

}
