package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamedScopeTest {

	@Test
	void eachReportNamedIsLookedForInItsOwnRight() {
		NamedScope named = NamedScope.reportsNamed(List.of(List.of("dalalab", "inbjudan")));

		assertThat(named.each()).extracting(NamedScope::terms).containsExactly(List.of("dalalab"), List.of("inbjudan"));
	}

}
