package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamedScopeTest {

	@Test
	void aFewReportsAWordNamesAreEachLookedForInTheirOwnRight() {
		NamedScope named = NamedScope.reportsNamed(List.of(List.of("dalalab", "inbjudan")));

		assertThat(named.each()).extracting(NamedScope::terms).containsExactly(List.of("dalalab"), List.of("inbjudan"));
	}

	@Test
	void manyReportsAWordNamesAreOneScope() {
		NamedScope named = NamedScope.reportsNamed(List.of(List.of("a", "b", "c", "d")));

		assertThat(named.each()).containsExactly(named);
	}

}
