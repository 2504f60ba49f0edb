package se.fyren.bot.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

import se.fyren.bot.chat.Inbound;

/**
 * The language a web request is answered in, Spring's {@link LocaleResolver} for the
 * whole application: the {@code locale} parameter the web chat's page names its language
 * by ({@code ?locale=en}), as every link Fyren makes does (a card's picture of the year
 * wheel), read as every channel's tag is ({@link Inbound#language}); without one, the
 * first of Swedish and English the {@code Accept-Language} header asks for; otherwise
 * Swedish. Error details ({@link WebErrors}, {@link RequestSizeLimit}) and a handler's
 * {@link Locale} argument are told in it.
 * <p>
 * Read from the query string alone: the servlet's own parameters would parse a form's
 * body, which may be the very body being refused. A JSON body's own {@code locale} names
 * the language of the reply its endpoint gives, not of an error about that body, which
 * may not be readable at all; the page therefore names its language in the query too.
 */
final class WebLanguage implements LocaleResolver {

	/** The parameter the web chat's page names its language by. */
	private static final String PARAMETER = "locale";

	/**
	 * The parameter's former name, still read for the links that carry it and cannot be
	 * changed: calendar subscriptions ({@code /calendar/kommun.ics?lang=en}) and the
	 * pictures in cards already posted. No link is made with it any more.
	 */
	private static final String FORMER_PARAMETER = "lang";

	/** The languages Fyren has message files for, Swedish first as the default. */
	private static final List<Locale> SPOKEN = List.of(Inbound.SWEDISH, Locale.ENGLISH);

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		String asked = parameter(request.getQueryString());
		return asked != null ? Inbound.language(asked) : accepted(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
	}

	/** The language is the request's to name, never remembered between requests. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("the web API's language is named by each request");
	}

	/**
	 * The language a JSON body names ({@code "locale": "en"}), which its endpoint's reply
	 * is in; a body that names none is answered in the request's.
	 */
	static Locale of(String named, Locale request) {
		return named != null && !named.isBlank() ? Inbound.language(named) : request;
	}

	private static String parameter(String query) {
		if (query == null) {
			return null;
		}
		MultiValueMap<String, String> parameters = UriComponentsBuilder.newInstance()
			.query(query)
			.build()
			.getQueryParams();
		String named = parameters.getFirst(PARAMETER);
		return named != null ? named : parameters.getFirst(FORMER_PARAMETER);
	}

	/**
	 * The first language the header ranks that Fyren speaks (RFC 4647 lookup: "en-GB"
	 * finds English); Swedish without a header, or with one that cannot be read or names
	 * neither.
	 */
	private static Locale accepted(String header) {
		if (header == null || header.isBlank()) {
			return Inbound.SWEDISH;
		}
		try {
			Locale found = Locale.lookup(Locale.LanguageRange.parse(header), SPOKEN);
			return found != null ? found : Inbound.SWEDISH;
		}
		catch (IllegalArgumentException ex) {
			return Inbound.SWEDISH;
		}
	}

}
