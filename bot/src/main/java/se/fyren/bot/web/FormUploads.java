package se.fyren.bot.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import se.fyren.bot.infra.BodyLimit;

/**
 * Multipart forms ({@code curl -F file=@budget.pdf}) are unpacked by the servlet
 * container, from the request itself: on a path a feature allows a larger body
 * ({@link BodyLimit}), {@link RequestSizeLimit} leaves a form's body unread for it, and
 * the container reads no more than that path's limit and the form's envelope. Forms are
 * unpacked only when a handler asks for their parts
 * ({@code spring.servlet.multipart.resolve-lazily}), so a form over the limit is refused
 * by the web's one error advice, in the request's language.
 */
@Configuration(proxyBeanMethods = false)
class FormUploads {

	/**
	 * What a form's boundaries and part headers add to its file: a few hundred bytes in
	 * practice.
	 */
	static final DataSize ENVELOPE = DataSize.ofKilobytes(64);

	/**
	 * Replaces Boot's own, whose limits ({@code spring.servlet.multipart.*}) know no
	 * feature's.
	 */
	@Bean
	MultipartConfigElement multipartConfig(List<BodyLimit> larger, WebProperties web) {
		long largest = larger.stream()
			.mapToLong(limit -> limit.maxSize().toBytes())
			.max()
			.orElse(web.maxRequestSize().toBytes());
		return new MultipartConfigElement(null, largest, largest + ENVELOPE.toBytes(),
				(int) Math.min(largest, Integer.MAX_VALUE));
	}

	/** A multipart form, which the container unpacks from the request itself. */
	static boolean isForm(HttpServletRequest request) {
		String type = request.getContentType();
		return type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
	}

}
