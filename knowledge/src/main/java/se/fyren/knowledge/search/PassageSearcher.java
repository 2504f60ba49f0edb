package se.fyren.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

import se.fyren.knowledge.KnowledgeBase;
import se.fyren.knowledge.Passage;
import se.fyren.knowledge.analysis.PlaceNames;
import se.fyren.knowledge.analysis.RelatedWords;
import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.analysis.TermRoleAttribute;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.index.IndexSnapshot;
import se.fyren.knowledge.index.IndexedPassage;
import se.fyren.knowledge.index.PassageIndex;

/**
 * Turns a question into a Lucene query over passages: each word a concept (the word, its
 * thesaurus alternatives, compound parts, a spelling correction when the word is not in
 * the reports), matched in text, section and title, plus a boost when neighbouring words
 * stand close together.
 */
public final class PassageSearcher {

	static final float CONCEPT_TIE_BREAKER = 0.3f;

	private static final double MIN_PART_COVER = 0.7;

	private static final int MIN_STEM_PREFIX = 4;

	// Swedish negates an adjective or a participle with "o" ("olöst", "otydlig").
	private static final String NEGATION = "o";

	// A shorter rest is as likely a word of its own that begins with "o" ("ost", "orm").
	private static final int MIN_NEGATED_CHARS = 4;

	private static final int INFLECTION_CHARS = 2;

	/**
	 * The most question words one search uses: a pasted page is searched by its most
	 * telling words. With {@link #MAX_ALTERNATIVES} terms each, a search stays well under
	 * Lucene's 1024 clauses (a 1400-character question used to exceed them).
	 */
	static final int MAX_QUERY_CONCEPTS = 24;

	/**
	 * An alternative of a word (a part, a synonym, a related word, a correction) that
	 * stands in more than this share of the passages is left out of Lucene's pass and
	 * scored over the candidates it finds. In the concept's DisjunctionMaxQuery the rare
	 * word sets the clause's best score and the common alternative its postings, so the
	 * clause stays essential and Lucene scores nearly every passage ("få" brings `ring`,
	 * in half of them; "samverkan" `arbet`, in 63 %). At 5 %, with the pass twice as deep
	 * ({@link #PARTIAL_DEPTH}), dev and the eight validation sets gave the same answers.
	 */
	static final double COMMON_SHARE = 0.05;

	/**
	 * How many pools deep Lucene's pass goes when it leaves common alternatives out: a
	 * passage that holds them climbs once they are scored (one pool lost a validation
	 * question its place in the top five at 10 %).
	 */
	static final int PARTIAL_DEPTH = 2;

	/** The most alternatives (synonyms, parts, a correction) searched for one word. */
	static final int MAX_ALTERNATIVES = 12;

	/**
	 * Compound parts this short ("för", "ing", "val") are among the commonest terms of
	 * the index: as query terms they match most passages and keep Lucene from skipping,
	 * while a passage holding the part alone says little. They still count for coverage.
	 */
	static final int MIN_SEARCHED_PART = 4;

	/**
	 * The most words of like meaning searched for one word: the best-rated one the
	 * reports use. Later ones drift from its sense ("mål": mening, rättsfall, slutpunkt
	 * …); two cost a dev question its place in the top five.
	 */
	static final int MAX_RELATED = 1;

	// What a passage of the chapter or the report a question names adds to its re-rank
	// score (the BM25 score scaled to the best hit plus the weighted coverage: up to
	// 1.75): as much as covering the whole question adds, so such passages lead unless
	// another report's covers far more; a passage of both ("kap 9 i slutrapporten")
	// gains both. On the read sets half of it gained fewer answers for a chapter and as
	// many for a report; twice as much refused three more.
	static final double NAMED_BOOST = 0.5;

	// How many passages of a named scope the candidates must hold before a pass over the
	// scope alone is spared: as many as the knowledge base asks for. Not the count asked
	// for, so that the first ten of thirty are the ten asked for.
	static final int SCOPE_PASSAGES = KnowledgeBase.PASSAGES;

	private final SearchSettings settings;

	private final SpellingCorrections corrections = new SpellingCorrections();

	private final ReportNames reportNames = new ReportNames();

	private final MunicipalityList municipalityList = new MunicipalityList(PlaceNames.swedish());

	private final RelatedTerms related;

	/** A searcher that uses the question's words and the thesaurus only. */
	public PassageSearcher(SearchSettings settings) {
		this(settings, RelatedWords.NONE);
	}

	/**
	 * @param related words of like meaning, searched for beside a Swedish question's own
	 */
	public PassageSearcher(SearchSettings settings, RelatedWords related) {
		this.settings = settings;
		this.related = new RelatedTerms(related);
	}

	public AnalyzedQuestion analyze(IndexSnapshot snapshot, String question) {
		return analyze(snapshot, question, TermCounts.all(snapshot));
	}

	/**
	 * The question's words, weighed, corrected and judged known by the words of the
	 * passages that count: those of the collections searched.
	 */
	public AnalyzedQuestion analyze(IndexSnapshot snapshot, String question, TermCounts counts) {
		List<String> written = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		boolean english = LanguageGuess.isEnglish(question);
		List<Map<String, QueryTerm>> groups = tokenGroups(
				english ? snapshot.analysis().queryAnalyzer() : snapshot.analysis().swedishQueryAnalyzer(), question,
				written, phrases);
		List<Concept> concepts = new ArrayList<>();
		counts.lookUp(groups.stream().flatMap(group -> group.keySet().stream()).collect(Collectors.toSet()));
		int docs = Math.max(counts.passages(), 1);
		for (int g = 0; g < groups.size(); g++) {
			Map<String, QueryTerm> group = groups.get(g);
			// The word as written leads its concept; a group of synonyms alone (an
			// English word the glossary translates) is led by its first.
			List<QueryTerm> terms = new ArrayList<>(group.values());
			terms.sort(Comparator.comparing(QueryTerm::role));
			String word = terms.get(0).term();
			double idf = -1;
			int partChars = 0;
			for (QueryTerm term : terms) {
				int df = counts.docFreq(term.term());
				if (df > 0 && term.role() == TermRole.PART) {
					partChars += term.term().length();
				}
				else if (df > 0 && idf < 0) {
					idf = idf(docs, df);
				}
			}
			boolean known = idf >= 0;
			// English words are never "corrected" into the reports' Swedish (model,
			// medel).
			if (!known) {
				String correction = english ? null : corrections.correct(counts, word).orElse(null);
				if (correction != null) {
					terms.add(new QueryTerm(correction, TermRole.CORRECTION, weight(TermRole.CORRECTION)));
					idf = idf(docs, counts.docFreq(correction));
					known = true;
				}
				else {
					// A new compound of known words ("månadskort") is known through its
					// parts, an inflection the stemmer missed ("svarade") through the
					// words its stem begins.
					boolean compound = !english && written.get(g) != null
							&& addCompoundParts(snapshot, counts, written.get(g), terms);
					known = compound || partChars >= MIN_PART_COVER * word.length() || beginsKnownWord(counts, word)
							|| !english && negatesKnownWord(snapshot, counts, written.get(g));
					idf = idf(docs, 0);
				}
			}
			// The lexicon is Swedish; an English word is translated by the glossary.
			if (!english && written.get(g) != null) {
				addRelated(snapshot, counts, written.get(g), terms);
			}
			concepts.add(new Concept(word, terms, idf, known, phrases.get(g)));
		}
		return new AnalyzedQuestion(question, concepts, english);
	}

	// A question names a report by a word as written; an English one by its gloss
	// ("learning project"), not by a Swedish word's synonyms.
	private static Set<String> nameCandidates(List<Concept> concepts, boolean english) {
		Set<String> words = new HashSet<>();
		for (Concept concept : concepts) {
			if (AnalyzedQuestion.namesDocument(concept.word())) {
				// named by its kind ("kursmanualen")
				continue;
			}
			words.add(concept.word());
			if (english) {
				concept.terms()
					.stream()
					.filter(term -> term.role() == TermRole.SYNONYM)
					.forEach(term -> words.add(term.term()));
			}
		}
		return words;
	}

	/**
	 * Whether the passages that count hold {@code term} or a word within {@code maxEdits}
	 * (1 or 2) of it; the spelling walk is remembered per word as the question's
	 * corrections are.
	 */
	public boolean knowsNear(TermCounts counts, String term, int maxEdits) {
		return counts.docFreq(term) > 0 || corrections.correct(counts, term, maxEdits).isPresent();
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
	public List<ScoredPassage> search(IndexSnapshot snapshot, AnalyzedQuestion analyzed, int count, Query filter) {
		return search(snapshot, analyzed, count, filter, null);
	}

	/**
	 * The best passages as above, the terms {@code counts} (of the same snapshot, or
	 * null) looked up when the question was analysed not looked up again.
	 */
	public List<ScoredPassage> search(IndexSnapshot snapshot, AnalyzedQuestion analyzed, int count, Query filter,
			TermCounts counts) {
		if (analyzed.isEmpty() || count <= 0) {
			return List.of();
		}
		IndexSearcher searcher = snapshot.searcher();
		try {
			IndexReader reader = searcher.getIndexReader();
			// A word that names a report by its title or publisher ("lärprojektet") says
			// where to look
			// more than what: it is weighed low and names the report's passages, as
			// "kursmanualen" does. At full weight it picks the passages that repeat the
			// name (an introduction, a summary) over the one on the topic asked.
			Map<String, List<String>> names = reportNames.named(reader,
					nameCandidates(analyzed.concepts(), analyzed.english()));
			AnalyzedQuestion question = analyzed.naming(names.keySet());
			FieldTermStates asked = textStates(reader, question, counts == null ? null : counts.lookedUpText());
			// Looked up once for the rescoring and the coverage walk.
			FieldTermStates section = FieldTermStates.of(reader, PassageIndex.SECTION, asked.terms());
			FieldTermStates title = FieldTermStates.of(reader, PassageIndex.TITLE, asked.terms());
			int pool = Math.max(count, settings.rerankPool());
			ScoreDoc[] firstPass = candidates(searcher, question.content(), asked, filter, pool);
			// A question that names a chapter or a module asks what that part says: its
			// passages are candidates too, even where other parts hold its words more
			// often, and they lead the re-rank. So are those of a report the question
			// names ("enligt inbjudan", "i kursmanualen"): a short report's few passages
			// seldom reach the pool by the question's other words.
			NamedScope part = NamedScope.partOf(reader, question);
			NamedScope report = NamedScope.reportOf(question);
			NamedScope named = NamedScope.reportsNamed(names.values());
			// An abbreviation the question names brings the passages that write it to the
			// candidates; asked to be spelled out, they lead the re-rank. Named in a
			// question on something else ("SKL:s guide", "FOKUS 20-25") it weighs as any
			// other word.
			AbbreviationsAsked abbreviations = AbbreviationsAsked.of(question.question());
			NamedScope abbreviated = NamedScope.abbreviatedIn(reader, abbreviations.all());
			// Only when the pool holds fewer of them than an answer reads: a long report
			// named ("slutrapporten") is mostly in it already, and a second pass over it
			// costs nearly as much as the first.
			List<NamedScope> scopes = new ArrayList<>(List.of(part, report, abbreviated));
			// Each report named: a long one in the pool does not stand for a short one
			// the same word names.
			scopes.addAll(named.each());
			for (NamedScope scope : scopes) {
				if (fewIn(reader, scope, firstPass)) {
					firstPass = NamedScope.union(firstPass,
							candidates(searcher, question.content(), asked, scope.restricting(filter), pool));
				}
			}
			// A section named by its heading's word and number ("vad handlar
			// åtgärdsområde 3
			// om") may hold none of the question's words in its text: the heading is in
			// its
			// section path. Its first passages are candidates then, scored as the best
			// found
			// by words: the question names it as a whole. Not a chapter's or a module's,
			// whose first passages would push out those on what is asked of it.
			if (NamedPart.of(question.question()).isEmpty() && fewIn(reader, part, firstPass)) {
				float best = firstPass.length == 0 ? 1 : firstPass[0].score;
				ScoreDoc[] heading = searcher.search(new ConstantScoreQuery(part.restricting(filter)),
						SCOPE_PASSAGES).scoreDocs;
				firstPass = NamedScope.union(firstPass,
						Arrays.stream(heading).map(hit -> new ScoreDoc(hit.doc, best)).toArray(ScoreDoc[]::new));
			}
			if (firstPass.length == 0) {
				return List.of();
			}
			part = part.meant(reader, firstPass);
			TermsHeld held = TermsHeld.of(reader, firstPass, List.of(asked, section, title));
			// Terms no candidate holds in a field add nothing to any candidate's
			// rescoring: their scorers are not built.
			ScoreDoc[] hits = CandidateRescorer.rescore(searcher, firstPass,
					rescoring(question, asked.keeping(held.anyHolds(asked)), section.keeping(held.anyHolds(section)),
							title.keeping(held.anyHolds(title))));
			// Every pass scores above nothing; a floor keeps a zero from spoiling the
			// ratios.
			double top = Math.max(hits[0].score, Float.MIN_NORMAL);
			double[] scores = new double[hits.length];
			double[] coverages = new double[hits.length];
			// A passage holds a term in any of its fields.
			NumberedCoverage byNumber = new NumberedCoverage(question, held::number);
			Set<Integer> inPart = part.holding(reader, hits);
			// A report named by its kind and by its name gains once.
			Set<Integer> inReport = report.holding(reader, hits);
			if (!named.isEmpty()) {
				inReport = new HashSet<>(inReport);
				inReport.addAll(named.holding(reader, hits));
			}
			Set<Integer> writingAbbreviation = abbreviated.keeping(abbreviations.spelledOut()).holding(reader, hits);
			for (int i = 0; i < hits.length; i++) {
				coverages[i] = byNumber.of(held.heldBy(hits[i].doc));
				scores[i] = hits[i].score / top + settings.coverageWeight() * coverages[i]
						+ (inPart.contains(hits[i].doc) ? NAMED_BOOST : 0)
						+ (inReport.contains(hits[i].doc) ? NAMED_BOOST : 0)
						+ (writingAbbreviation.contains(hits[i].doc) ? NAMED_BOOST : 0);
			}
			IndexedPassage.Reading reading = new IndexedPassage.Reading(reader);
			// Read only for the few questions that ask for a list of places, in the
			// index's
			// order (see IndexedPassage.Reading); a passage that covers nothing gains
			// nothing.
			if (municipalityList.asked(question.question())) {
				IntStream.range(0, hits.length)
					.filter(i -> coverages[i] > 0)
					.boxed()
					.sorted(Comparator.comparingInt(i -> hits[i].doc))
					.forEach(i -> scores[i] += municipalityList.bonus(reading.read(hits[i].doc).passage().text(),
							coverages[i]));
			}
			if (settings.sentenceCoverageWeight() > 0) {
				addBestSentenceCoverage(question, reading, hits, scores, coverages, count, held, section);
			}
			List<Ranked> ranked = new ArrayList<>(hits.length);
			for (int i = 0; i < hits.length; i++) {
				ranked.add(new Ranked(hits[i].doc, scores[i]));
			}
			ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
			// Read only for the passages returned, not the whole re-ranked pool, in the
			// index's order (see IndexedPassage.Reading).
			List<Ranked> returned = ranked.subList(0, Math.min(count, ranked.size()));
			Map<Integer, IndexedPassage> read = new HashMap<>();
			returned.stream().mapToInt(Ranked::doc).sorted().forEach(doc -> read.put(doc, reading.read(doc)));
			List<ScoredPassage> results = new ArrayList<>(count);
			for (Ranked hit : returned) {
				IndexedPassage found = read.get(hit.doc());
				results.add(
						new ScoredPassage(found.passage(), hit.score(), found.sentences(), inPart.contains(hit.doc())));
			}
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Search failed", ex);
		}
	}

	/**
	 * Whether the pool holds fewer of a scope's passages than an answer reads, or than
	 * the scope has. The counts are the whole index's, other collections' and removed
	 * passages too: at worst a pass that finds nothing more.
	 */
	private static boolean fewIn(IndexReader reader, NamedScope scope, ScoreDoc[] pool) throws IOException {
		if (scope.isEmpty()) {
			return false;
		}
		int held = scope.holding(reader, pool).size();
		return held < SCOPE_PASSAGES && held < scope.passages(reader);
	}

	/**
	 * Adds the weighted coverage of each candidate's best sentence to its score, for the
	 * candidates that may end among the {@code count} returned. A sentence covers no more
	 * than its passage, so a candidate whose score with its passage's coverage added
	 * stays below the {@code count}-th score found cannot get there, and its sentences
	 * are not read (that saves about a point of the 6-8 % of a question's CPU the best
	 * sentence costs). A sentence is read with a share of the question's terms its
	 * passage's section path holds ({@link SearchSettings#sentenceSectionShare}): still
	 * no more than the passage covers.
	 */
	private void addBestSentenceCoverage(AnalyzedQuestion question, IndexedPassage.Reading reading, ScoreDoc[] hits,
			double[] scores, double[] coverages, int count, TermsHeld held, FieldTermStates section) {
		double weight = settings.sentenceCoverageWeight();
		SentenceCoverage bySentence = new SentenceCoverage(question);
		int[] numbers = bySentence.numbered(held::numberOrNone);
		Integer[] byBound = new Integer[hits.length];
		for (int i = 0; i < hits.length; i++) {
			byBound[i] = i;
		}
		Arrays.sort(byBound, Comparator.comparingDouble(i -> -(scores[i] + weight * coverages[i])));
		PriorityQueue<Double> topScores = new PriorityQueue<>();
		for (int i : byBound) {
			if (topScores.size() == count && scores[i] + weight * coverages[i] < topScores.peek()) {
				break;
			}
			scores[i] += weight * bySentence.best(reading.sentencesOf(hits[i].doc), held.heldIn(hits[i].doc, section),
					numbers, settings.sentenceSectionShare());
			topScores.add(scores[i]);
			if (topScores.size() > count) {
				topScores.poll();
			}
		}
	}

	/**
	 * Matches in headings and the proximity of neighbouring words, added to Lucene's best
	 * passages by BM25 over the question's terms in the text (the candidates) by
	 * {@link CandidateRescorer}. Total hits are not counted in the first pass, so Lucene
	 * skips blocks of postings that cannot reach the pool (block-max WAND). The first
	 * pass keeps the pool itself: the larger the pool, the lower the score a passage must
	 * beat and the less Lucene skips (twice the pool cost a third more of the query, and
	 * twice or four times gave the same dev, validation and hold-out figures as once).
	 * Only a pass that leaves common alternatives out goes deeper ({@link #candidates}).
	 */
	private Query rescoring(AnalyzedQuestion question, FieldTermStates text, FieldTermStates section,
			FieldTermStates title) {
		BooleanQuery.Builder rescore = new BooleanQuery.Builder();
		rescore.add(headings(question, section, title), BooleanClause.Occur.SHOULD);
		Query proximity = proximity(question, text);
		if (proximity != null) {
			rescore.add(proximity, BooleanClause.Occur.SHOULD);
		}
		return rescore.build();
	}

	/**
	 * One clause per concept, the best of its alternatives in the passage text. Every
	 * clause is a term query on one field, so Lucene can skip.
	 */
	Query query(AnalyzedQuestion question, FieldTermStates text) {
		return concepts(question, term -> textTerm(text, term));
	}

	/**
	 * The pool of candidates by BM25 over the question's terms in the text, best first.
	 * The document a question names is matched in the titles, by the rescoring. When a
	 * concept's alternative is common ({@link #COMMON_SHARE}), Lucene's pass leaves it
	 * out and goes twice as deep, and every alternative is scored over what it finds.
	 */
	ScoreDoc[] candidates(IndexSearcher searcher, AnalyzedQuestion question, FieldTermStates text, Query filter,
			int pool) throws IOException {
		int passages = searcher.getIndexReader().maxDoc();
		boolean partial = holdsCommonAlternative(question, text, passages);
		Query searched = partial ? firstPass(question, text, passages) : query(question, text);
		Query query = filter == null ? searched
				: new BooleanQuery.Builder().add(searched, BooleanClause.Occur.MUST)
					.add(filter, BooleanClause.Occur.FILTER)
					.build();
		int depth = partial ? PARTIAL_DEPTH * pool : pool;
		ScoreDoc[] found = searcher.search(query, new TopScoreDocCollectorManager(depth, null, depth)).scoreDocs;
		if (!partial) {
			return found;
		}
		ScoreDoc[] scored = TextQueryScores.rescore(searcher, unscored(found), searchedAlternatives(question, text),
				text, CONCEPT_TIE_BREAKER);
		return Arrays.copyOf(scored, Math.min(pool, scored.length));
	}

	/**
	 * Whether a concept of the question has an alternative that is common
	 * ({@link #COMMON_SHARE}).
	 */
	static boolean holdsCommonAlternative(AnalyzedQuestion question, FieldTermStates text, int passages) {
		return mostTelling(question.concepts()).stream()
			.anyMatch(
					concept -> alternatives(concept).stream().anyMatch(term -> common(concept, term, text, passages)));
	}

	/** An alternative other than the concept's own word that many passages hold. */
	private static boolean common(Concept concept, QueryTerm term, FieldTermStates text, int passages) {
		return term != concept.terms().get(0) && text.docFreq(term.term()) > COMMON_SHARE * passages;
	}

	/** {@link #query} less the common alternatives: what Lucene's pass searches. */
	Query firstPass(AnalyzedQuestion question, FieldTermStates text, int passages) {
		return concepts(question, (concept, term) -> !common(concept, term, text, passages),
				term -> textTerm(text, term));
	}

	/** The alternatives of each concept {@link #query} searches for. */
	static List<List<QueryTerm>> searchedAlternatives(AnalyzedQuestion question, FieldTermStates text) {
		return mostTelling(question.concepts()).stream()
			.map(concept -> alternatives(concept).stream().filter(term -> text.held(term.term())).toList())
			.filter(alternatives -> !alternatives.isEmpty())
			.toList();
	}

	static ScoreDoc[] unscored(ScoreDoc[] hits) {
		return Arrays.stream(hits).map(hit -> new ScoreDoc(hit.doc, 0f)).toArray(ScoreDoc[]::new);
	}

	private static Optional<Query> textTerm(FieldTermStates text, QueryTerm term) {
		return text.held(term.term()) ? Optional.of(new BoostQuery(text.query(term.term()), term.weight()))
				: Optional.empty();
	}

	/**
	 * Every term of the question's concepts in the passage text, those searched and those
	 * that only count for coverage, looked up once for both.
	 */
	static FieldTermStates textStates(IndexReader reader, AnalyzedQuestion question) throws IOException {
		return textStates(reader, question, null);
	}

	/** As above, taking the states {@code known} holds (or none when null). */
	private static FieldTermStates textStates(IndexReader reader, AnalyzedQuestion question, FieldTermStates known)
			throws IOException {
		Set<String> asked = new HashSet<>();
		question.concepts().forEach(concept -> concept.terms().forEach(term -> asked.add(term.term())));
		return FieldTermStates.of(reader, PassageIndex.TEXT, asked, known);
	}

	/**
	 * The same concepts matched in section heading and report title: every passage of a
	 * report shares its title, so as clauses of the main query these matched thousands of
	 * passages alike and kept Lucene from skipping.
	 */
	Query headings(AnalyzedQuestion question, FieldTermStates section, FieldTermStates title) {
		return concepts(question, term -> {
			BooleanQuery.Builder fields = new BooleanQuery.Builder();
			if (section.held(term.term())) {
				fields.add(new BoostQuery(section.query(term.term()), term.weight() * settings.sectionBoost()),
						BooleanClause.Occur.SHOULD);
			}
			if (title.held(term.term())) {
				fields.add(new BoostQuery(title.query(term.term()), term.weight() * settings.titleBoost()),
						BooleanClause.Occur.SHOULD);
			}
			return only(fields.build());
		});
	}

	/**
	 * One clause per concept, the best of its alternatives. An alternative no passage
	 * holds is left out, and so is a concept left without any: Lucene would give them no
	 * scorer and the same scores, after building their weights for every question (most
	 * alternatives never stand in a heading).
	 */
	private Query concepts(AnalyzedQuestion question, Function<QueryTerm, Optional<Query>> match) {
		return concepts(question, (concept, term) -> true, match);
	}

	private Query concepts(AnalyzedQuestion question, BiPredicate<Concept, QueryTerm> kept,
			Function<QueryTerm, Optional<Query>> match) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (Concept concept : mostTelling(question.concepts())) {
			List<Query> alternatives = alternatives(concept).stream()
				.filter(term -> kept.test(concept, term))
				.map(match)
				.flatMap(Optional::stream)
				.toList();
			if (alternatives.size() == 1) {
				query.add(alternatives.get(0), BooleanClause.Occur.SHOULD);
			}
			else if (!alternatives.isEmpty()) {
				query.add(new DisjunctionMaxQuery(alternatives, CONCEPT_TIE_BREAKER), BooleanClause.Occur.SHOULD);
			}
		}
		return query.build();
	}

	/**
	 * A disjunction as Lucene rewrites it: nothing when empty, its clause when it has one
	 * (built so, the rescoring's query need not be rewritten and wrapped per question).
	 */
	private static Optional<Query> only(BooleanQuery disjunction) {
		return switch (disjunction.clauses().size()) {
			case 0 -> Optional.empty();
			case 1 -> Optional.of(disjunction.clauses().get(0).getQuery());
			default -> Optional.of(disjunction);
		};
	}

	/** The concept's alternatives searched for, at most {@link #MAX_ALTERNATIVES}. */
	static List<QueryTerm> alternatives(Concept concept) {
		List<QueryTerm> terms = searched(concept);
		return terms.subList(0, Math.min(MAX_ALTERNATIVES, terms.size()));
	}

	/**
	 * The concept's terms less its shortest compound parts ({@link #MIN_SEARCHED_PART}).
	 */
	private static List<QueryTerm> searched(Concept concept) {
		String word = concept.terms().get(0).term();
		return concept.terms()
			.stream()
			.filter(term -> term.term().equals(word) || term.role() != TermRole.PART
					|| term.term().length() >= MIN_SEARCHED_PART)
			.toList();
	}

	/**
	 * A boost for each pair of neighbouring question words standing close together in a
	 * passage; null when there is no pair. Scored over the candidates only: as clauses of
	 * the main query these phrases were read for every passage holding both words. A pair
	 * with a word no passage holds (an English word, a typo) is left out: it matches
	 * nothing, and its phrase would look both words up again for every question.
	 */
	Query proximity(AnalyzedQuestion question, FieldTermStates text) {
		List<Concept> concepts = mostTelling(question.concepts());
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (int i = 0; i + 1 < concepts.size(); i++) {
			String first = concepts.get(i).terms().get(0).term();
			String second = concepts.get(i + 1).terms().get(0).term();
			if (text.held(first) && text.held(second)) {
				PhraseQuery near = new PhraseQuery(settings.proximitySlop(), PassageIndex.TEXT, first, second);
				query.add(new BoostQuery(near, settings.proximityBoost()), BooleanClause.Occur.SHOULD);
			}
		}
		BooleanQuery pairs = query.build();
		return pairs.clauses().isEmpty() ? null : pairs;
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
	 * Groups the question's terms by the word they stand for, with the role each term
	 * arose in: the written word, its thesaurus alternatives and compound parts share a
	 * position; a word whose multi-word synonym spans several positions ("barnfattigdom",
	 * "fattiga barn") keeps those positions in its group.
	 */
	private List<Map<String, QueryTerm>> tokenGroups(Analyzer analyzer, String question, List<String> written,
			List<String> phrases) {
		List<Map<String, QueryTerm>> groups = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream(PassageIndex.TEXT, question)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
			TermRoleAttribute role = stream.addAttribute(TermRoleAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			stream.reset();
			int position = -1;
			int groupEnd = -1;
			int phraseStart = 0;
			int phraseEnd = 0;
			while (stream.incrementToken()) {
				position += increment.getPositionIncrement();
				if (groups.isEmpty() || position >= groupEnd) {
					if (!groups.isEmpty()) {
						phrases.add(phrase(question, phraseStart, phraseEnd));
					}
					groups.add(new LinkedHashMap<>());
					written.add(null);
					groupEnd = position + 1;
					phraseStart = offset.startOffset();
					phraseEnd = offset.endOffset();
				}
				phraseStart = Math.min(phraseStart, offset.startOffset());
				phraseEnd = Math.max(phraseEnd, offset.endOffset());
				if (role.role() == TermRole.WRITTEN) {
					groupEnd = Math.max(groupEnd, position + length.getPositionLength());
					if (written.get(written.size() - 1) == null) {
						written.set(written.size() - 1, role.whole());
					}
				}
				groups.get(groups.size() - 1)
					.merge(term.toString(), new QueryTerm(term.toString(), role.role(), weight(role.role())),
							(a, b) -> a.weight() >= b.weight() ? a : b);
			}
			stream.end();
			if (!groups.isEmpty()) {
				phrases.add(phrase(question, phraseStart, phraseEnd));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return groups;
	}

	/** The question's text between two offsets a token stream gave. */
	private static String phrase(String question, int start, int end) {
		int to = Math.min(end, question.length());
		return question.substring(Math.min(start, to), to);
	}

	private float weight(TermRole role) {
		return switch (role) {
			case WRITTEN -> 1f;
			case SYNONYM -> settings.synonymWeight();
			case PART -> settings.partWeight();
			case CORRECTION -> settings.correctionWeight();
			case RELATED -> settings.relatedWeight();
		};
	}

	/**
	 * Adds the lexicon's words of like meaning for a word as written that the passages
	 * use, as the index holds them, after the word's own alternatives.
	 */
	private void addRelated(IndexSnapshot snapshot, TermCounts counts, String written, List<QueryTerm> terms) {
		Set<String> present = terms.stream().map(QueryTerm::term).collect(Collectors.toSet());
		int added = 0;
		// Counted one at a time, best-rated first: most words stop at the first.
		for (Iterator<String> words = related.of(snapshot.analysis().indexAnalyzer(), written).iterator(); words
			.hasNext() && added < MAX_RELATED;) {
			String term = words.next();
			if (present.add(term) && counts.docFreq(term) > 0) {
				terms.add(new QueryTerm(term, TermRole.RELATED, weight(TermRole.RELATED)));
				added++;
			}
		}
	}

	/**
	 * Adds the two words a word as written is a compound of, when the passages hold both
	 * (see {@link SpelledOutCompound}); whether it is one.
	 */
	private boolean addCompoundParts(IndexSnapshot snapshot, TermCounts counts, String written, List<QueryTerm> terms) {
		Optional<List<String>> parts = SpelledOutCompound.parts(counts, snapshot.analysis().indexAnalyzer(), written);
		parts.ifPresent(found -> found.stream()
			.filter(part -> terms.stream().noneMatch(term -> term.term().equals(part)))
			.forEach(part -> terms.add(new QueryTerm(part, TermRole.PART, weight(TermRole.PART)))));
		return parts.isPresent();
	}

	/**
	 * Whether a word is a known word negated by the prefix "o" ("olöst", "oklok"): it is
	 * no word of another topic, though the reports write it only unnegated.
	 */
	private static boolean negatesKnownWord(IndexSnapshot snapshot, TermCounts counts, String written) {
		if (written == null || written.length() < 1 + MIN_NEGATED_CHARS
				|| !written.toLowerCase(Locale.ROOT).startsWith(NEGATION)) {
			return false;
		}
		List<String> tokens = SwedishAnalysis.tokens(snapshot.analysis().indexAnalyzer(),
				written.substring(NEGATION.length()));
		return !tokens.isEmpty() && counts.docFreq(tokens.get(0)) > 0;
	}

	private static boolean beginsKnownWord(TermCounts counts, String word) {
		if (word.length() < MIN_STEM_PREFIX + INFLECTION_CHARS) {
			return false;
		}
		return counts.anyBeginning(word.substring(0, word.length() - INFLECTION_CHARS));
	}

	/**
	 * The passage after a passage in its report (ids are the doc id and the passage's
	 * ordinal), with its sentences, if the same collections hold it.
	 */
	public Optional<IndexedPassage> following(IndexSnapshot snapshot, Passage passage, Query filter) {
		int hash = passage.id().lastIndexOf('#');
		if (hash < 0) {
			return Optional.empty();
		}
		String ordinal = passage.id().substring(hash + 1);
		if (ordinal.isEmpty() || !ordinal.chars().allMatch(Character::isDigit)) {
			return Optional.empty();
		}
		String next = passage.id().substring(0, hash + 1) + (Integer.parseInt(ordinal) + 1);
		IndexReader reader = snapshot.searcher().getIndexReader();
		try {
			if (filter == null) {
				// An id is one passage's: its postings say where it stands, without the
				// weights and scorers of a search (a tenth of a list question's time).
				int doc = live(reader, next);
				return doc < 0 ? Optional.empty() : Optional.of(IndexedPassage.read(reader, doc));
			}
			Query query = new BooleanQuery.Builder()
				.add(new TermQuery(new Term(PassageIndex.ID, next)), BooleanClause.Occur.MUST)
				.add(filter, BooleanClause.Occur.FILTER)
				.build();
			TopDocs hits = snapshot.searcher().search(query, 1);
			return hits.scoreDocs.length == 0 ? Optional.empty()
					: Optional.of(IndexedPassage.read(reader, hits.scoreDocs[0].doc));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Reading a passage failed", ex);
		}
	}

	/** The passage of this id that is not deleted, or -1 when there is none. */
	private static int live(IndexReader reader, String id) throws IOException {
		BytesRef term = new BytesRef(id);
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms ids = leaf.reader().terms(PassageIndex.ID);
			if (ids == null) {
				continue;
			}
			TermsEnum iterator = ids.iterator();
			if (!iterator.seekExact(term)) {
				continue;
			}
			PostingsEnum docs = iterator.postings(null, PostingsEnum.NONE);
			Bits live = leaf.reader().getLiveDocs();
			for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
				if (live == null || live.get(doc)) {
					return leaf.docBase + doc;
				}
			}
		}
		return -1;
	}

	/** BM25's idf, so concept weights agree with the ranking. */
	static double idf(int docs, int docFreq) {
		return Math.log(1 + (docs - docFreq + 0.5) / (docFreq + 0.5));
	}

}
