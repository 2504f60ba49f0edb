package se.fyren.bot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the feature packages honest: each top-level package of the bot is a module,
 * modules use each other only through their top-level (API) package, and no two depend on
 * each other in a cycle.
 */
class ModularityTest {

	@Test
	void featurePackagesRespectTheirBoundaries() {
		ApplicationModules.of(FyrenApplication.class).verify();
	}

}
