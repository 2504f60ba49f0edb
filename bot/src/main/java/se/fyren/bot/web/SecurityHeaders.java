package se.fyren.bot.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import se.fyren.bot.infra.PublicAddress;

/**
 * The browser's protections on every response, the page and the API alike: the page loads
 * its own script, style and data only (nothing from a CDN, no inline script), and
 * pictures from Fyren itself or its public address (the year wheel in a card); no other
 * site may frame it, a response is never sniffed as another type, and no address leaves
 * in a Referer. Slack and Teams ignore these headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityHeaders extends OncePerRequestFilter {

	private final String contentSecurityPolicy;

	SecurityHeaders(PublicAddress address) {
		URI base = URI.create(address.link("/"));
		String origin = base.getScheme() + "://" + base.getAuthority();
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' " + origin
				+ "; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
				+ "frame-ancestors 'none'";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		// For browsers that predate frame-ancestors.
		response.setHeader("X-Frame-Options", "DENY");
		chain.doFilter(request, response);
	}

}
