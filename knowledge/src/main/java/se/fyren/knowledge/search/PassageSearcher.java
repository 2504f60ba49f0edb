package se.fyren.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.index.StoredFields;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.PassageIndex;

/**
 * Turns a question into a Lucene query over passages: each word a concept (the word, its
 * thesaurus alternatives, compound parts, a spelling correction when the word is not in
 * the reports), matched in text, section and title, plus a boost when neighbouring words
 * stand close together.
 */
public final class PassageSearcher {

	private static final float CONCEPT_TIE_BREAKER = 0.3f;

	private static final double MIN_PART_COVER = 0.7;

	private static final int MIN_STEM_PREFIX = 4;

	private static final int INFLECTION_CHARS = 2;

	// Short words get one edit, longer ones two: "inovation" -> "innovation".
	private static final int LONG_WORD = 8;

	/**
	 * The most question words one search uses: a pasted page is searched by its most
	 * telling words. With {@link #MAX_ALTERNATIVES} terms in three fields each, and a
	 * proximity clause per neighbouring pair, a search stays well under Lucene's 1024
	 * clauses (a 1400-character question used to exceed them).
	 */
	static final int MAX_QUERY_CONCEPTS = 24;

	/** The most alternatives (synonyms, parts, a correction) searched for one word. */
	static final int MAX_ALTERNATIVES = 12;

	private final SearchSettings settings;

	public PassageSearcher(SearchSettings settings) {
		this.settings = settings;
	}

	public AnalyzedQuestion analyze(IndexSnapshot snapshot, String question) {
		IndexReader reader = snapshot.searcher().getIndexReader();
		List<Map<String, Float>> groups = tokenGroups(snapshot.analysis().queryAnalyzer(), question);
		List<Concept> concepts = new ArrayList<>();
		int docs = Math.max(reader.numDocs(), 1);
		for (Map<String, Float> group : groups) {
			String word = group.keySet().iterator().next();
			List<QueryTerm> terms = new ArrayList<>();
			double idf = -1;
			int partChars = 0;
			for (Map.Entry<String, Float> entry : group.entrySet()) {
				terms.add(new QueryTerm(entry.getKey(), entry.getValue()));
				int df = docFreq(reader, entry.getKey());
				boolean part = entry.getValue() == settings.partWeight() && !entry.getKey().equals(word);
				if (df > 0 && part) {
					partChars += entry.getKey().length();
				}
				else if (df > 0 && idf < 0) {
					idf = idf(docs, df);
				}
			}
			boolean known = idf >= 0;
			if (!known) {
				String correction = correct(reader, word);
				if (correction != null) {
					terms.add(new QueryTerm(correction, settings.correctionWeight()));
					idf = idf(docs, docFreq(reader, correction));
					known = true;
				}
				else {
					// A new compound of known words ("månadskort") is known through its
					// parts, an inflection the stemmer missed ("svarade") through the
					// words its stem begins.
					known = partChars >= MIN_PART_COVER * word.length() || beginsKnownWord(reader, word);
					idf = idf(docs, 0);
				}
			}
			concepts.add(new Concept(word, terms, idf, known));
		}
		return new AnalyzedQuestion(question, concepts, LanguageGuess.isEnglish(question));
	}

	/**
	 * The best passages for a question. Lucene ranks a pool of candidates by BM25; they
	 * are re-ranked by adding how much of the question each covers, so that a passage
	 * holding the question's telling words beats one that repeats a single common word.
	 */
	public List<ScoredPassage> search(IndexSnapshot snapshot, AnalyzedQuestion question, int count) {
		return search(snapshot, question, count, null);
	}

	/**
	 * The best passages among those {@code filter} admits (a filter clause: it restricts,
	 * it does not score), or among all when it is null.
	 */
	public List<ScoredPassage> search(IndexSnapshot snapshot, AnalyzedQuestion question, int count, Query filter) {
		if (question.isEmpty()) {
			return List.of();
		}
		IndexSearcher searcher = snapshot.searcher();
		Query query = filter == null ? query(question)
				: new BooleanQuery.Builder().add(query(question), BooleanClause.Occur.MUST)
					.add(filter, BooleanClause.Occur.FILTER)
					.build();
		try {
			ScoreDoc[] hits = searcher.search(query, Math.max(count, settings.rerankPool())).scoreDocs;
			if (hits.length == 0) {
				return List.of();
			}
			Map<Integer, Set<String>> held = askedTermsHeld(searcher.getIndexReader(), hits, question);
			double top = hits[0].score;
			List<Ranked> ranked = new ArrayList<>(hits.length);
			for (ScoreDoc hit : hits) {
				double coverage = Coverage.of(question, held.getOrDefault(hit.doc, Set.of()));
				ranked.add(new Ranked(hit.doc, hit.score / top + settings.coverageWeight() * coverage));
			}
			ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
			// Stored fields are decompressed only for the passages returned, not the
			// whole re-ranked pool.
			StoredFields stored = searcher.storedFields();
			List<ScoredPassage> results = new ArrayList<>(count);
			for (Ranked hit : ranked.subList(0, Math.min(count, ranked.size()))) {
				results.add(new ScoredPassage(passage(stored.document(hit.doc())), hit.score()));
			}
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search failed", ex);
		}
	}

	Query query(AnalyzedQuestion question) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		List<Concept> concepts = mostTelling(question.concepts());
		for (Concept concept : concepts) {
			List<Query> alternatives = new ArrayList<>();
			List<QueryTerm> terms = concept.terms();
			for (QueryTerm term : terms.subList(0, Math.min(MAX_ALTERNATIVES, terms.size()))) {
				BooleanQuery.Builder fields = new BooleanQuery.Builder();
				fields.add(termQuery(PassageIndex.TEXT, term.term(), term.weight()), BooleanClause.Occur.SHOULD);
				fields.add(termQuery(PassageIndex.SECTION, term.term(), term.weight() * settings.sectionBoost()),
						BooleanClause.Occur.SHOULD);
				fields.add(termQuery(PassageIndex.TITLE, term.term(), term.weight() * settings.titleBoost()),
						BooleanClause.Occur.SHOULD);
				alternatives.add(fields.build());
			}
			query.add(new DisjunctionMaxQuery(alternatives, CONCEPT_TIE_BREAKER), BooleanClause.Occur.SHOULD);
		}
		for (int i = 0; i + 1 < concepts.size(); i++) {
			PhraseQuery near = new PhraseQuery(settings.proximitySlop(), PassageIndex.TEXT,
					concepts.get(i).terms().get(0).term(), concepts.get(i + 1).terms().get(0).term());
			query.add(new BoostQuery(near, settings.proximityBoost()), BooleanClause.Occur.SHOULD);
		}
		return query.build();
	}

	/**
	 * The question's words when there are few enough; otherwise its rarest known words
	 * (an unknown word finds nothing, however rare), in the order they were written so
	 * that neighbours still make proximity pairs.
	 */
	static List<Concept> mostTelling(List<Concept> concepts) {
		if (concepts.size() <= MAX_QUERY_CONCEPTS) {
			return concepts;
		}
		// By identity: a word repeated in a pasted page is one concept per place.
		Set<Concept> kept = Collections.newSetFromMap(new IdentityHashMap<>());
		concepts.stream()
			.sorted(Comparator.comparing(Concept::known).thenComparingDouble(Concept::idf).reversed())
			.limit(MAX_QUERY_CONCEPTS)
			.forEach(kept::add);
		return concepts.stream().filter(kept::contains).toList();
	}

	private record Ranked(int doc, double score) {
	}

	/**
	 * Which of the question's terms each candidate passage holds, read from the postings
	 * of those terms alone: a few dozen terms stepped over fifty documents, instead of
	 * decompressing fifty term vectors (which was most of a query's time).
	 */
	private static Map<Integer, Set<String>> askedTermsHeld(IndexReader reader, ScoreDoc[] hits,
			AnalyzedQuestion question) throws IOException {
		Set<String> asked = new HashSet<>();
		question.concepts().forEach(concept -> concept.terms().forEach(term -> asked.add(term.term())));
		int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).sorted().toArray();
		Map<Integer, Set<String>> held = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			int from = firstAtLeast(docs, leaf.docBase);
			int to = firstAtLeast(docs, leaf.docBase + leaf.reader().maxDoc());
			Terms terms = leaf.reader().terms(PassageIndex.TEXT);
			if (from == to || terms == null) {
				continue;
			}
			TermsEnum iterator = terms.iterator();
			for (String term : asked) {
				if (!iterator.seekExact(new BytesRef(term))) {
					continue;
				}
				PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
				for (int i = from; i < to; i++) {
					int doc = docs[i] - leaf.docBase;
					int at = postings.docID() >= doc ? postings.docID() : postings.advance(doc);
					if (at == DocIdSetIterator.NO_MORE_DOCS) {
						break;
					}
					if (at == doc) {
						held.computeIfAbsent(docs[i], key -> new HashSet<>()).add(term);
					}
				}
			}
		}
		return held;
	}

	private static int firstAtLeast(int[] sorted, int value) {
		int found = Arrays.binarySearch(sorted, value);
		return found >= 0 ? found : -found - 1;
	}

	private static Query termQuery(String field, String term, float weight) {
		return new BoostQuery(new TermQuery(new Term(field, term)), weight);
	}

	/**
	 * Groups the question's tokens by position: the first token at a position is the word
	 * as written, tokens stacked on it are its thesaurus alternatives or compound parts.
	 */
	private List<Map<String, Float>> tokenGroups(Analyzer analyzer, String question) {
		List<Map<String, Float>> groups = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(PassageIndex.TEXT, question)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				boolean synonym = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
				if (increment.getPositionIncrement() > 0 || groups.isEmpty()) {
					groups.add(new LinkedHashMap<>());
				}
				float weight = increment.getPositionIncrement() > 0 && !synonym ? 1f
						: synonym ? settings.synonymWeight() : settings.partWeight();
				groups.get(groups.size() - 1).merge(term.toString(), weight, Math::max);
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

	private static String correct(IndexReader reader, String word) {
		DirectSpellChecker speller = new DirectSpellChecker();
		speller.setMaxEdits(word.length() >= LONG_WORD ? 2 : 1);
		try {
			SuggestWord[] suggestions = speller.suggestSimilar(new Term(PassageIndex.TEXT, word), 1, reader,
					SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
			return suggestions.length == 0 ? null : suggestions[0].string;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static boolean beginsKnownWord(IndexReader reader, String word) {
		if (word.length() < MIN_STEM_PREFIX + INFLECTION_CHARS) {
			return false;
		}
		BytesRef prefix = new BytesRef(word.substring(0, word.length() - INFLECTION_CHARS));
		try {
			for (LeafReaderContext leaf : reader.leaves()) {
				Terms terms = leaf.reader().terms(PassageIndex.TEXT);
				if (terms == null) {
					continue;
				}
				TermsEnum iterator = terms.iterator();
				if (iterator.seekCeil(prefix) != TermsEnum.SeekStatus.END
						&& StringHelper.startsWith(iterator.term(), prefix)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int docFreq(IndexReader reader, String term) {
		try {
			return reader.docFreq(new Term(PassageIndex.TEXT, term));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** BM25's idf, so concept weights agree with the ranking. */
	static double idf(int docs, int docFreq) {
		return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
	}

	private static Passage passage(Document doc) {
		var page = doc.getField(PassageIndex.PAGE);
		return new Passage(doc.get(PassageIndex.ID), doc.get(PassageIndex.DOC), doc.get(PassageIndex.TITLE),
				doc.get(PassageIndex.SECTION), page == null ? null : page.numericValue().intValue(),
				doc.getField(PassageIndex.START).numericValue().intValue(),
				doc.getField(PassageIndex.END).numericValue().intValue(), doc.get(PassageIndex.TEXT),
				doc.get(PassageIndex.COLLECTION));
	}

}
