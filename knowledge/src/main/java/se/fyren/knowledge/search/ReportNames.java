package se.fyren.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

import se.fyren.knowledge.CollectionNames;
import se.fyren.knowledge.index.PassageIndex;

/**
 * The words by which people name a report: words of its title (or its publisher's name)
 * alone that the reports speak of mostly in it. Only the shared reports name: a team's
 * own documents are its own. "Lärprojektet" names the DalaLab report (and the invitation
 * to its project) and "landstinget" the Leksand minutes (whose appendix is the county
 * council's proposal), "DalaLab" its publisher's report. "Hälsa" and "samling" stand in a
 * title too, but the reports speak of them everywhere. Remembered per word for as long as
 * the index reader stays the same.
 */
final class ReportNames {

	// A title word names its report when the passages that hold it lie in it at least
	// this
	// many times as often as its share of all passages would have it: "leksand" (6.6) and
	// "landsting" (5.7) name the Leksand minutes; "styra" of the DalaLab report's "styra
	// och leda" (2.4) does not.
	private static final double MIN_LIFT = 4;

	// And at least this share of them, so that a short report does not own a word by
	// saying it a few times: the invitation's publisher is "Länsstyrelsen Dalarna" and
	// three of its four passages name the county administrative board, as do 34 of the
	// other reports'.
	private static final double MIN_SHARE = 0.25;

	// Another report speaks of the name as its own when at least this share of the
	// density with which the report it titles does: the invitation to the DalaLab
	// project says "lärprojektet" in two of its four passages.
	private static final double MIN_DENSITY_SHARE = 0.5;

	// Two of its passages at least: one mention in a short report is no name of its own.
	private static final int MIN_PASSAGES_HELD = 2;

	// A passage of a team's own collection: a word of a private document says nothing of
	// the shared reports' names (nor of anyone else's search).
	private static final int NO_REPORT = -1;

	private final MemoryPerOwner<String, List<String>> remembered = new MemoryPerOwner<>();

	private final AtomicReference<Reports> reports = new AtomicReference<>(
			new Reports(null, new int[0], List.of(), new int[0]));

	/**
	 * The reports of one index reader.
	 *
	 * @param reportOf the report of each passage (its number in {@code ids}), by the
	 * passage's index-wide number
	 * @param ids the reports' doc ids
	 * @param passages how many live passages each report has
	 */
	private record Reports(IndexReader reader, int[] reportOf, List<String> ids, int[] passages) {

		int count() {
			return passages.length;
		}

	}

	/**
	 * The doc ids of the reports each of {@code terms} names, for those that name one:
	 * the report it titles, and any other that speaks of it as densely ("lärprojektet"
	 * names the DalaLab report and the invitation to its project).
	 */
	Map<String, List<String>> named(IndexReader reader, Collection<String> terms) {
		Map<String, List<String>> named = new HashMap<>();
		for (String term : terms) {
			List<String> reports = remembered.get(reader, term, word -> reportsNamed(reader, word));
			if (!reports.isEmpty()) {
				named.put(term, reports);
			}
		}
		return named;
	}

	private List<String> reportsNamed(IndexReader reader, String term) {
		try {
			Reports known = reports(reader);
			FixedBitSet titled = new FixedBitSet(Math.max(known.count(), 1));
			forEachHolding(reader, PassageIndex.NAME, term, doc -> {
				if (known.reportOf()[doc] != NO_REPORT) {
					titled.set(known.reportOf()[doc]);
				}
			});
			// A name singles a report out: a word of several titles ("Dalarna", the
			// DalaLab report's and the invitation's "fattigdom") is the reports' topic.
			if (titled.cardinality() != 1 || known.count() < 2) {
				return List.of();
			}
			int report = titled.nextSetBit(0);
			int[] heldIn = new int[known.count()];
			forEachHolding(reader, PassageIndex.TEXT, term, doc -> {
				if (known.reportOf()[doc] != NO_REPORT) {
					heldIn[known.reportOf()[doc]]++;
				}
			});
			int held = Arrays.stream(heldIn).sum();
			if (held == 0) {
				// in the title alone: "kursmanualen"
				return List.of(known.ids().get(report));
			}
			int all = Arrays.stream(known.passages()).sum();
			double share = (double) heldIn[report] / held;
			if (share < MIN_SHARE || share < MIN_LIFT * known.passages()[report] / all) {
				return List.of();
			}
			double density = (double) heldIn[report] / known.passages()[report];
			List<String> named = new ArrayList<>();
			for (int other = 0; other < known.count(); other++) {
				if (heldIn[other] >= MIN_PASSAGES_HELD
						&& (double) heldIn[other] / known.passages()[other] >= MIN_DENSITY_SHARE * density) {
					named.add(known.ids().get(other));
				}
			}
			return List.copyOf(named);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the index", ex);
		}
	}

	private Reports reports(IndexReader reader) throws IOException {
		Reports known = reports.get();
		if (known.reader() == reader) {
			return known;
		}
		int[] reportOf = new int[reader.maxDoc()];
		Arrays.fill(reportOf, NO_REPORT);
		FixedBitSet shared = new FixedBitSet(Math.max(reader.maxDoc(), 1));
		forEachHolding(reader, PassageIndex.COLLECTION, CollectionNames.REPORTS, shared::set);
		Map<BytesRef, Integer> numbers = new HashMap<>();
		for (LeafReaderContext leaf : reader.leaves()) {
			Terms docs = leaf.reader().terms(PassageIndex.DOC);
			if (docs == null) {
				continue;
			}
			TermsEnum each = docs.iterator();
			PostingsEnum postings = null;
			for (BytesRef doc = each.next(); doc != null; doc = each.next()) {
				postings = each.postings(postings, PostingsEnum.NONE);
				int number = NO_REPORT;
				for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
					if (shared.get(leaf.docBase + d)) {
						if (number == NO_REPORT) {
							number = numbers.computeIfAbsent(BytesRef.deepCopyOf(doc), id -> numbers.size());
						}
						reportOf[leaf.docBase + d] = number;
					}
				}
			}
		}
		int[] passages = new int[numbers.size()];
		for (LeafReaderContext leaf : numbers.isEmpty() ? List.<LeafReaderContext>of() : reader.leaves()) {
			Bits live = leaf.reader().getLiveDocs();
			for (int d = 0; d < leaf.reader().maxDoc(); d++) {
				if ((live == null || live.get(d)) && reportOf[leaf.docBase + d] != NO_REPORT) {
					passages[reportOf[leaf.docBase + d]]++;
				}
			}
		}
		List<String> ids = new ArrayList<>(Collections.nCopies(numbers.size(), ""));
		numbers.forEach((id, number) -> ids.set(number, id.utf8ToString()));
		known = new Reports(reader, reportOf, List.copyOf(ids), passages);
		reports.set(known);
		return known;
	}

	private static void forEachHolding(IndexReader reader, String field, String term, IntConsumer action)
			throws IOException {
		for (LeafReaderContext leaf : reader.leaves()) {
			PostingsEnum postings = leaf.reader().postings(new Term(field, term), PostingsEnum.NONE);
			if (postings == null) {
				continue;
			}
			Bits live = leaf.reader().getLiveDocs();
			for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
				if (live == null || live.get(d)) {
					action.accept(leaf.docBase + d);
				}
			}
		}
	}

}
