package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

import se.fyren.knowledge.index.PassageIndex;

/**
 * Where a question points in the reports: a report's chapter or module it names by number
 * ({@link NamedPart}), or a report it names by its kind
 * ({@link AnalyzedQuestion#reportNamingTerms}), as the terms its passages hold. Empty
 * when the question points nowhere.
 *
 * @param terms a passage lies in the scope when it holds any of them
 */
record NamedScope(List<Term> terms) {

	private static final NamedScope NONE = new NamedScope(List.of());

	NamedScope {
		terms = List.copyOf(terms);
	}

	/** Each report's part with the number the question names. */
	static NamedScope partOf(IndexReader reader, AnalyzedQuestion question) throws IOException {
		Optional<NamedPart> part = NamedPart.of(question.question());
		return part.isEmpty() ? NONE : new NamedScope(PassageIndex.partsNumbered(reader, part.get().number()));
	}

	/** The reports whose titles hold the question's words for a document. */
	static NamedScope reportOf(AnalyzedQuestion question) {
		return new NamedScope(question.reportNamingTerms()
			.stream()
			.map(term -> new Term(PassageIndex.TITLE, term))
			.sorted()
			.toList());
	}

	boolean isEmpty() {
		return terms.isEmpty();
	}

	/** A filter (or none) narrowed to the scope. */
	Query restricting(Query filter) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		terms.forEach(term -> any.add(new TermQuery(term), BooleanClause.Occur.SHOULD));
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
		Term best = null;
		int bestRank = candidates.length;
		for (Term term : terms) {
			Set<Integer> held = new NamedScope(List.of(term)).holding(reader, candidates);
			for (int rank = 0; rank < bestRank; rank++) {
				if (held.contains(candidates[rank].doc)) {
					best = term;
					bestRank = rank;
				}
			}
		}
		return best == null ? NONE : new NamedScope(List.of(best));
	}

	/**
	 * The hits that lie in the scope, by their index-wide number: each term's postings
	 * are advanced to the hits in order, not read whole (a long report's title word is in
	 * tens of thousands of passages at x100).
	 */
	Set<Integer> holding(IndexReader reader, ScoreDoc[] hits) throws IOException {
		if (terms.isEmpty()) {
			return Set.of();
		}
		int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
		Set<Integer> holding = new HashSet<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			int end = leaf.docBase + leaf.reader().maxDoc();
			for (Term term : terms) {
				PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
				if (postings == null) {
					continue;
				}
				for (int doc : docs) {
					if (doc < leaf.docBase || doc >= end) {
						continue;
					}
					int target = doc - leaf.docBase;
					int at = postings.docID() < target ? postings.advance(target) : postings.docID();
					if (at == DocIdSetIterator.NO_MORE_DOCS) {
						break;
					}
					if (at == target) {
						holding.add(doc);
					}
				}
			}
		}
		return holding;
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
