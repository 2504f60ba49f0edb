package se.fyren.knowledge.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;

/**
 * Lucene's best passages for a question, best first, with what is already known of the
 * text terms they hold: the terms in {@code seen} were stepped to every candidate when
 * the candidates were scored, and {@code held} gives those each candidate holds. Walking
 * those terms' postings again over the candidates (the commonest alternatives among them)
 * was most of the time spent finding what each candidate holds.
 *
 * @param hits the candidates, best first
 * @param seen the terms whose holders among the candidates are known
 * @param held by doc id, the terms of {@code seen} a candidate holds (candidates beyond
 * the hits may be there too)
 */
record CandidatePool(ScoreDoc[] hits, Set<String> seen, Map<Integer, Set<String>> held) {

	/** Candidates of which no term is known yet. */
	static CandidatePool of(ScoreDoc[] hits) {
		return new CandidatePool(hits, Set.of(), Map.of());
	}

	/** Candidates scored by {@code query}, whose term clauses gave {@code held}. */
	static CandidatePool of(ScoreDoc[] hits, Query query, Map<Integer, Set<String>> held) {
		Set<Term> terms = new HashSet<>();
		query.visit(QueryVisitor.termCollector(terms));
		return new CandidatePool(hits, terms.stream().map(Term::text).collect(Collectors.toSet()), held);
	}

	/**
	 * The terms each candidate holds: those found by walking the other terms' postings
	 * ({@code walked}, by doc id) with those known already.
	 */
	Map<Integer, Set<String>> heldWith(Map<Integer, Set<String>> walked) {
		if (held.isEmpty()) {
			return walked;
		}
		Map<Integer, Set<String>> all = new HashMap<>(walked);
		Arrays.stream(hits).mapToInt(hit -> hit.doc).forEach(doc -> {
			Set<String> known = held.get(doc);
			if (known != null) {
				all.computeIfAbsent(doc, key -> new HashSet<>()).addAll(known);
			}
		});
		return all;
	}

}
