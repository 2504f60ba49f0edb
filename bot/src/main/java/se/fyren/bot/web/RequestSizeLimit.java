package se.fyren.bot.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

import se.fyren.bot.infra.BodyLimit;
import se.fyren.bot.infra.Megabytes;

/**
 * Reads no request body larger than {@code fyren.web.max-request-size}, on every endpoint
 * (the web API, {@code /slack/events}, {@code /api/messages}), before anything else sees
 * it: a declared length over the limit is refused unread, and a chunked body is read only
 * up to the limit. What is kept is handed on as the request's body, so Bolt and Spring
 * read it as before. A feature may allow one path more ({@link BodyLimit}: the documents'
 * upload takes a whole file); a multipart form sent there is left for the container to
 * unpack within the same limit ({@link FormUploads}). Refusals are logged by size and
 * path, never with the body, and told in the language the request asks for
 * ({@link WebLanguage}), as the web API's other errors are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit extends OncePerRequestFilter {

	private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH", "DELETE");

	private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

	private final WebProperties properties;

	private final MessageSource messages;

	private final JsonMapper json;

	private final LocaleResolver language;

	/** The larger limits the features declare, by path. */
	private final Map<String, BodyLimit> larger;

	RequestSizeLimit(WebProperties properties, List<BodyLimit> larger, MessageSource messages, JsonMapper json,
			LocaleResolver language) {
		this.properties = properties;
		this.larger = larger.stream().collect(Collectors.toUnmodifiableMap(BodyLimit::path, Function.identity()));
		this.messages = messages;
		this.json = json;
		this.language = language;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!WITH_BODY.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		// A path a feature allows more may take up to its own limit; every other body
		// keeps the web's.
		BodyLimit allowed = larger.get(request.getRequestURI());
		int limit = (int) (allowed != null
				? Math.max(allowed.maxSize().toBytes(), properties.maxRequestSize().toBytes())
				: properties.maxRequestSize().toBytes());
		long declared = request.getContentLengthLong();
		if (allowed != null && FormUploads.isForm(request)) {
			// Unpacked by the container from the request itself, which this filter must
			// not have read; it reads no more than the limit and the envelope
			// (FormUploads).
			if (declared > limit + FormUploads.ENVELOPE.toBytes()) {
				refuse(request, response, declared + " bytes declared", allowed, limit);
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (declared > limit) {
			refuse(request, response, declared + " bytes declared", allowed, limit);
			return;
		}
		byte[] body = request.getInputStream().readNBytes(limit + 1);
		if (body.length > limit) {
			refuse(request, response, "more than " + limit + " bytes sent", allowed, limit);
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/**
	 * Refused for its size; on a path with a larger limit (a document) the sender is told
	 * that limit, in megabytes.
	 */
	private void refuse(HttpServletRequest request, HttpServletResponse response, String size, BodyLimit allowed,
			int limit) throws IOException {
		log.info("Refused a request to {}: {}, over the limit of {} bytes", request.getRequestURI(), size, limit);
		// Before the dispatcher: asked of the resolver itself, which reads no body.
		Locale locale = language.resolveLocale(request);
		String detail = allowed != null
				? messages.getMessage(allowed.tooLargeMessage(), new Object[] { Megabytes.of(limit) }, locale)
				: messages.getMessage("web.error.tooLarge", null, locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, detail);
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		// The rest of an oversized body is not worth reading: close the connection.
		response.setHeader("Connection", "close");
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/** The request with the body already read; each read starts again from its start. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("the body is already read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), charset(getCharacterEncoding())));
		}

		/** UTF-8, as Slack and Teams send, unless the request names a known other one. */
		private static Charset charset(String encoding) {
			try {
				return encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
			}
			catch (IllegalArgumentException ex) {
				return StandardCharsets.UTF_8;
			}
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
