import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemmer;

/**
 * Prints the corpus's content lemmas by frequency, the ranking the glossary's "commonest
 * lemmas" sections follow: every word of the reports looked up in the Swedish dictionary
 * the index uses and counted once for each distinct lemma it can be as a noun, verb or
 * adjective, Lucene's Swedish stop words left out. Run from the repository root with
 * scripts/glossary-lemma-ranks.sh [CORPUS_DIR]. With --unknown it prints instead the
 * words the dictionary has no reading for at all ("miljö", "nivå", "förutsättningar"),
 * which the ranking cannot count: grouped by the index's light stem, with their forms.
 */
public class GlossaryLemmaRanks {

	private static final String DICTIONARY = "/org/languagetool/resource/sv/swedish.dict";

	// Noun, verb and adjective tags of the dictionary: the content words a glossary row
	// can translate.
	private static final Set<String> CONTENT_TAGS = Set.of("NN", "VB", "JJ");

	public static void main(String[] args) throws IOException {
		boolean unknown = args.length > 0 && args[0].equals("--unknown");
		int corpusArg = unknown ? 1 : 0;
		Path corpus = Path.of(args.length > corpusArg ? args[corpusArg] : "../shared/corpus");
		SwedishLightStemmer stemmer = new SwedishLightStemmer();
		Map<String, Integer> unknownCounts = new HashMap<>();
		Map<String, Set<String>> unknownForms = new HashMap<>();
		DictionaryLookup lookup = new DictionaryLookup(Dictionary.read(GlossaryLemmaRanks.class.getResource(DICTIONARY)));
		CharArraySet stopWords = SwedishAnalyzer.getDefaultStopSet();
		Map<String, Integer> counts = new HashMap<>();
		Map<String, Set<String>> classes = new HashMap<>();
		try (Stream<Path> files = Files.list(corpus)) {
			for (Path file : files.filter(GlossaryLemmaRanks::isReport).sorted().toList()) {
				for (String word : Files.readString(file).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
					if (word.isEmpty() || stopWords.contains(word)) {
						continue;
					}
					List<WordData> readings = lookup.lookup(word);
					if (readings.isEmpty()) {
						char[] chars = word.toCharArray();
						String stem = new String(chars, 0, stemmer.stem(chars, chars.length));
						unknownCounts.merge(stem, 1, Integer::sum);
						unknownForms.computeIfAbsent(stem, f -> new TreeSet<>()).add(word);
					}
					Set<String> lemmas = new LinkedHashSet<>();
					for (WordData reading : readings) {
						String tag = String.valueOf(reading.getTag());
						String wordClass = tag.length() < 2 ? "" : tag.substring(0, 2);
						String lemma = String.valueOf(reading.getStem());
						if (CONTENT_TAGS.contains(wordClass) && !stopWords.contains(lemma)) {
							lemmas.add(lemma);
							classes.computeIfAbsent(lemma, l -> new TreeSet<>()).add(wordClass);
						}
					}
					lemmas.forEach(lemma -> counts.merge(lemma, 1, Integer::sum));
				}
			}
		}
		Map<String, Integer> ranked = unknown ? unknownCounts : counts;
		Map<String, Set<String>> labels = unknown ? unknownForms : classes;
		int[] rank = { 0 };
		ranked.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> System.out.printf("%d\t%d\t%s\t%s%n", ++rank[0], e.getValue(), e.getKey(),
					String.join(",", labels.get(e.getKey()))));
	}

	private static boolean isReport(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".txt") || name.endsWith(".md");
	}

}
