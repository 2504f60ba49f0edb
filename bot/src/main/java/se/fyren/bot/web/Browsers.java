package se.fyren.bot.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import se.fyren.bot.chat.WebUser;

/**
 * Tells web users apart without accounts: each browser holds a random secret in an
 * HttpOnly, SameSite=Strict cookie that Fyren sets on its first request, and is known by
 * a digest of it ({@link WebUser}). Page script cannot read the cookie, other sites
 * cannot send it, and the digest, wherever it shows, is not the secret.
 */
@Component
class Browsers implements HandlerMethodArgumentResolver {

	static final String COOKIE = "fyren-browser";

	/** 256 random bits. */
	static final int SECRET_BYTES = 32;

	/** As long as browsers keep a cookie (Chrome caps it at 400 days). */
	static final Duration KEPT = Duration.ofDays(400);

	/** A secret Fyren made, or one at least as long as 128 random bits in Base64. */
	static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{22,100}");

	/** 128 bits of the digest name the user. */
	static final int ID_BYTES = 16;

	private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

	private final SecureRandom random = new SecureRandom();

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == WebUser.class;
	}

	@Override
	public WebUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
			NativeWebRequest webRequest, WebDataBinderFactory binders) {
		return user(webRequest.getNativeRequest(HttpServletRequest.class),
				webRequest.getNativeResponse(HttpServletResponse.class));
	}

	/** The request's user; a browser without a (well-formed) secret is given one. */
	WebUser user(HttpServletRequest request, HttpServletResponse response) {
		String secret = secret(request);
		if (secret == null) {
			byte[] bytes = new byte[SECRET_BYTES];
			random.nextBytes(bytes);
			secret = BASE64.encodeToString(bytes);
			response.addHeader(HttpHeaders.SET_COOKIE,
					ResponseCookie.from(COOKIE, secret)
						.httpOnly(true)
						.sameSite("Strict")
						.secure(request.isSecure())
						.path("/")
						.maxAge(KEPT)
						.build()
						.toString());
		}
		return new WebUser("web:" + BASE64.encodeToString(Arrays.copyOf(sha256(secret), ID_BYTES)));
	}

	private static String secret(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return null;
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null
					&& SECRET.matcher(cookie.getValue()).matches()) {
				return cookie.getValue();
			}
		}
		return null;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
