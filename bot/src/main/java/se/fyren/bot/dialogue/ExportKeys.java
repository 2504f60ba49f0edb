package se.fyren.bot.dialogue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * The secrets in chains' export links: 128 random bits each, URL-safe, so that an export
 * (personal views, often with names) cannot be found by guessing a chain's short id.
 */
@Component
class ExportKeys {

	static final int BYTES = 16;

	private final Chains chains;

	private final SecureRandom random = new SecureRandom();

	ExportKeys(Chains chains) {
		this.chains = chains;
	}

	/** A new secret for a chain about to be stored. */
	String fresh() {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** The secret of a stored chain's links; empty when there is no such chain. */
	Optional<String> of(String chainId) {
		return chains.exportKey(chainId, fresh());
	}

	/** Whether the key opens the chain's export, compared in constant time. */
	boolean opens(String chainId, String key) {
		if (key == null || key.isEmpty()) {
			return false;
		}
		return of(chainId)
			.map(stored -> MessageDigest.isEqual(stored.getBytes(StandardCharsets.UTF_8),
					key.getBytes(StandardCharsets.UTF_8)))
			.orElse(false);
	}

}
