package se.fyren.bot.teams.protocol;

import java.net.URI;
import java.util.List;

/**
 * The connector addresses Fyren may call with its token. An activity's {@code serviceUrl}
 * is the caller's word; without this list a forged one would make Fyren send its token
 * anywhere.
 */
public final class TrustedServiceUrls {

	private final List<String> prefixes;

	public TrustedServiceUrls(List<String> prefixes) {
		this.prefixes = prefixes.stream().map(TrustedServiceUrls::normal).toList();
	}

	public boolean trusts(String serviceUrl) {
		if (serviceUrl == null) {
			return false;
		}
		String url;
		try {
			URI uri = URI.create(serviceUrl);
			if (uri.getScheme() == null || uri.getRawUserInfo() != null || uri.getHost() == null) {
				return false;
			}
			url = normal(serviceUrl);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		return prefixes.stream().anyMatch(url::startsWith);
	}

	/** Scheme and host compare case-insensitively; a trailing slash is implied. */
	private static String normal(String url) {
		URI uri = URI.create(url);
		String authority = uri.getScheme().toLowerCase() + "://" + uri.getRawAuthority().toLowerCase();
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		return InboundTokens.withSlash(authority + path);
	}

}
