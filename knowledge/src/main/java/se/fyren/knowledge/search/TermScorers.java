package se.fyren.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;

/**
 * The term queries' scorers under a query's scorer in one segment. A disjunction steps
 * all its clauses to at least the passage it is advanced to, so after advancing to a
 * passage the term scorers that stand on it are the terms it holds.
 */
final class TermScorers {

	private TermScorers() {
	}

	/** A term query's scorer with its term's text. */
	record OfTerm(String term, Scorer scorer) {
	}

	static List<OfTerm> of(Scorer scorer) throws IOException {
		List<OfTerm> terms = new ArrayList<>();
		add(scorer, terms);
		return terms;
	}

	private static void add(Scorable scorable, List<OfTerm> terms) throws IOException {
		if (scorable instanceof Scorer scorer && scorer.getWeight() != null
				&& scorer.getWeight().getQuery() instanceof TermQuery term) {
			terms.add(new OfTerm(term.getTerm().text(), scorer));
			return;
		}
		for (Scorable.ChildScorable child : scorable.getChildren()) {
			add(child.child, terms);
		}
	}

}
