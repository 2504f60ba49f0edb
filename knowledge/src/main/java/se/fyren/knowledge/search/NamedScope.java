package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import se.fyren.knowledge.index.LabelledSections;
import se.fyren.knowledge.index.PassageIndex;

/**
 * Where a question points in the reports: a report's chapter or module it names by number
 * ({@link NamedPart}), or a report it names by its kind
 * ({@link AnalyzedQuestion#reportNamingTerms}), as the terms its passages hold. Empty
 * when the question points nowhere.
 *
 * @param field the field the terms are looked up in
 * @param terms a passage lies in the scope when it holds any of them in the field
 */
record NamedScope(String field, List<String> terms) {

	private static final NamedScope NONE = new NamedScope(PassageIndex.PART, List.of());

	NamedScope {
		terms = List.copyOf(terms);
	}

	/** Each report's part with the number the question names. */
	static NamedScope partOf(IndexReader reader, AnalyzedQuestion question) throws IOException {
		Optional<NamedPart> part = NamedPart.of(question.question());
		if (part.isPresent()) {
			return new NamedScope(PassageIndex.PART, PassageIndex.parts(reader, part.get().number()));
		}
		// A section a report names by a word and its number ("målområde 2", "nivå 3"),
		// named so in the question.
		for (String name : LabelledSections.inQuestion(question.question())) {
			List<String> parts = PassageIndex.parts(reader, name);
			if (!parts.isEmpty()) {
				return new NamedScope(PassageIndex.PART, parts);
			}
		}
		return NONE;
	}

	/**
	 * The passages that write in capitals an abbreviation the question asks about
	 * ({@link AbbreviationsAsked}): the reports write few, and a question about one asks
	 * what those passages say, however common the word it spells is ("fas").
	 */
	static NamedScope abbreviatedIn(IndexReader reader, Collection<String> abbreviations) throws IOException {
		List<String> held = new ArrayList<>();
		for (String asked : abbreviations) {
			if (reader.docFreq(new Term(PassageIndex.ABBREVIATION, asked)) > 0) {
				held.add(asked);
			}
		}
		return new NamedScope(PassageIndex.ABBREVIATION, held);
	}

	/** The reports whose titles hold the question's words for a document. */
	static NamedScope reportOf(AnalyzedQuestion question) {
		return new NamedScope(PassageIndex.TITLE, question.reportNamingTerms().stream().sorted().toList());
	}

	/** The reports a question names by their names ({@link ReportNames}), by doc id. */
	static NamedScope reportsNamed(Collection<List<String>> reports) {
		return new NamedScope(PassageIndex.DOC, reports.stream().flatMap(List::stream).distinct().sorted().toList());
	}

	/**
	 * The scope term by term: of two reports the question names ("lärprojektet" the
	 * DalaLab report, "inbjudan" the invitation), each is looked for in its own right.
	 * ({@link ReportNames} names a report only by a word no other title holds, so there
	 * are few.)
	 */
	List<NamedScope> each() {
		return terms.stream().map(term -> new NamedScope(field, List.of(term))).toList();
	}

	/** The scope narrowed to the terms given. */
	NamedScope keeping(Collection<String> kept) {
		return new NamedScope(field, terms.stream().filter(kept::contains).toList());
	}

	/** How many passages lie in the scope. */
	int passages(IndexReader reader) throws IOException {
		int passages = 0;
		for (String term : terms) {
			passages += reader.docFreq(new Term(field, term));
		}
		return passages;
	}

	boolean isEmpty() {
		return terms.isEmpty();
	}

	/** A filter (or none) narrowed to the scope. */
	Query restricting(Query filter) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		terms.forEach(term -> any.add(new TermQuery(new Term(field, term)), BooleanClause.Occur.SHOULD));
		BooleanQuery.Builder restricted = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.FILTER);
		if (filter != null) {
			restricted.add(filter, BooleanClause.Occur.FILTER);
		}
		return restricted.build();
	}

	/**
	 * Of several reports' parts with the number asked, the one that holds the best
	 * candidate: "modul 2" is the course manual's, "kap 9" most likely the slutrapport's,
	 * and chapter 2 of the others is not asked about.
	 * @param candidates best first
	 */
	NamedScope meant(IndexReader reader, ScoreDoc[] candidates) throws IOException {
		if (terms.isEmpty()) {
			return this;
		}
		TermsHeld held = held(reader, candidates);
		for (ScoreDoc candidate : candidates) {
			IntPredicate holds = held.heldBy(candidate.doc);
			for (String term : terms) {
				if (holds.test(held.number(term))) {
					return new NamedScope(field, List.of(term));
				}
			}
		}
		return new NamedScope(field, List.of());
	}

	/** The hits that lie in the scope, by their index-wide number. */
	Set<Integer> holding(IndexReader reader, ScoreDoc[] hits) throws IOException {
		if (terms.isEmpty()) {
			return Set.of();
		}
		TermsHeld held = held(reader, hits);
		Set<Integer> holding = new HashSet<>();
		for (ScoreDoc hit : hits) {
			IntPredicate holds = held.heldBy(hit.doc);
			if (terms.stream().anyMatch(term -> holds.test(held.number(term)))) {
				holding.add(hit.doc);
			}
		}
		return holding;
	}

	private TermsHeld held(IndexReader reader, ScoreDoc[] hits) throws IOException {
		return TermsHeld.of(reader, hits, List.of(FieldTermStates.of(reader, field, terms)));
	}

	/** The hits of two passes, each passage once, best first. */
	static ScoreDoc[] union(ScoreDoc[] first, ScoreDoc[] second) {
		Map<Integer, ScoreDoc> byDoc = new LinkedHashMap<>();
		for (ScoreDoc hit : first) {
			byDoc.put(hit.doc, hit);
		}
		for (ScoreDoc hit : second) {
			byDoc.putIfAbsent(hit.doc, hit);
		}
		return byDoc.values()
			.stream()
			.sorted(Comparator.comparingDouble((ScoreDoc hit) -> hit.score).reversed())
			.toArray(ScoreDoc[]::new);
	}

}
