package se.fyren.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.regex.Pattern;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.index.PassageIndex;

/**
 * The query Lucene runs over the whole index is made of term queries on the passage text
 * only, one per alternative, so Lucene can skip what cannot reach the best passages;
 * headings and proximity are scored over the candidates only, and proximity still puts
 * passages holding the question's words side by side first.
 */
class SkippingQueryTest {

	@RegisterExtension
	static final CorpusIndex corpus = new CorpusIndex();

	final PassageSearcher searcher = new PassageSearcher(SearchSettings.DEFAULT);

	@Test
	void searchesEachAlternativeOnceInTheTextWithoutPhrasesOrThreeLetterParts() throws IOException {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(),
				"Hur arbetar folkhälsostrategen med barnfattigdom och sociala investeringar?");

		List<Query> leaves = leaves(searcher.query(question,
				PassageSearcher.textStates(corpus.snapshot().searcher().getIndexReader(), question)));

		assertThat(leaves).isNotEmpty().allMatch(TermQuery.class::isInstance);
		List<String> text = leaves.stream()
			.map(leaf -> ((TermQuery) leaf).getTerm())
			.filter(term -> term.field().equals(PassageIndex.TEXT))
			.map(Term::text)
			.toList();
		// "bar" is a part of "barnfattigdom" and the stem of a synonym: searched as the
		// latter
		List<String> otherwise = question.concepts()
			.stream()
			.flatMap(concept -> concept.terms()
				.stream()
				.filter(term -> term == concept.terms().get(0) || term.weight() != SearchSettings.DEFAULT.partWeight()))
			.map(QueryTerm::term)
			.toList();
		List<String> shortParts = question.concepts()
			.stream()
			.flatMap(concept -> concept.terms().stream().skip(1))
			.filter(term -> term.weight() == SearchSettings.DEFAULT.partWeight())
			.map(QueryTerm::term)
			.filter(term -> term.length() < PassageSearcher.MIN_SEARCHED_PART && !otherwise.contains(term))
			.toList();
		assertThat(shortParts).isNotEmpty();
		assertThat(text).isNotEmpty().doesNotContainAnyElementsOf(shortParts);
		assertThat(text).hasSameSizeAs(leaves);
		// a phrase for each pair of neighbouring words the passages hold
		// ("folkhälsostrategen"
		// they do not: only its parts)
		FieldTermStates states = PassageSearcher.textStates(corpus.snapshot().searcher().getIndexReader(), question);
		List<Concept> concepts = question.concepts();
		long heldPairs = IntStream.range(0, concepts.size() - 1)
			.filter(i -> states.held(concepts.get(i).terms().get(0).term())
					&& states.held(concepts.get(i + 1).terms().get(0).term()))
			.count();
		assertThat(heldPairs).isPositive().isLessThan(concepts.size() - 1);
		assertThat(leaves(searcher.proximity(question, states))).hasSize((int) heldPairs)
			.allMatch(PhraseQuery.class::isInstance);
	}

	@Test
	void leavesOutWordsNoPassageHoldsAndHandsEachTermItsLookedUpStates() throws IOException {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), "Hur arbetar folkhälsostrategen med qxzvwk?");
		assertThat(question.concepts()).anyMatch(concept -> concept.word().equals("qxzvwk"));

		FieldTermStates text = PassageSearcher.textStates(corpus.snapshot().searcher().getIndexReader(), question);
		List<Query> leaves = leaves(searcher.query(question, text));

		assertThat(leaves).isNotEmpty()
			.allMatch(leaf -> leaf instanceof TermQuery term && term.getTermStates() != null)
			.noneMatch(leaf -> ((TermQuery) leaf).getTerm().text().equals("qxzvwk"));
		// the pair of the two known words is kept, the pair with the unknown one is not
		assertThat(leaves(searcher.proximity(question, text))).hasSize(1)
			.allMatch(leaf -> leaf instanceof PhraseQuery phrase
					&& Arrays.stream(phrase.getTerms()).noneMatch(term -> term.text().equals("qxzvwk")));
	}

	@Test
	void passagesHoldingTheWordsSideBySideComeFirst() {
		AnalyzedQuestion question = searcher.analyze(corpus.snapshot(), "social hållbarhet");
		Pattern near = Pattern.compile("(?iu)social\\S*\\s+(\\S+\\s+){0,3}hållbarhet");

		List<ScoredPassage> found = searcher.search(corpus.snapshot(), question, 5);

		assertThat(found).hasSize(5).allMatch(hit -> near.matcher(hit.passage().text()).find());
	}

	private static List<Query> leaves(Query query) {
		List<Query> leaves = new ArrayList<>();
		collect(query, leaves);
		return leaves;
	}

	private static void collect(Query query, List<Query> leaves) {
		if (query instanceof BoostQuery boost) {
			collect(boost.getQuery(), leaves);
		}
		else if (query instanceof BooleanQuery bool) {
			bool.clauses().stream().map(BooleanClause::getQuery).forEach(clause -> collect(clause, leaves));
		}
		else if (query instanceof DisjunctionMaxQuery max) {
			max.getDisjuncts().forEach(clause -> collect(clause, leaves));
		}
		else {
			leaves.add(query);
		}
	}

}
