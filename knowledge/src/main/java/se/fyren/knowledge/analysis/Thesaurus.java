package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The editable domain thesaurus: Swedish synonyms and an English-to-Swedish glossary, in
 * Solr's synonym format ({@code a, b, c} for equivalents, {@code english => svenska} for
 * one-way rules), applied to questions so that an English question or a colloquial word
 * finds the reports' Swedish. A one-way rule names the English base form; its inflections
 * find it too ({@link EnglishInflections}).
 */
public final class Thesaurus {

	public static final Thesaurus EMPTY = new Thesaurus(null, Set.of());

	private static final String ONE_WAY = "=>";

	private final SynonymMap map;

	// The single words on one-way rules' left sides: the glossary's English, whose
	// inflections are looked up by their base form.
	private final Set<String> translated;

	private Thesaurus(SynonymMap map, Set<String> translated) {
		this.map = map;
		this.translated = translated;
	}

	public static Thesaurus load(List<Path> files) {
		try (Analyzer ruleAnalyzer = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
			}
		}) {
			SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
			Set<String> translated = new HashSet<>();
			List<Phrase> phrases = new ArrayList<>();
			for (Path file : files) {
				String rules = read(file, files);
				try {
					parser.parse(new StringReader(rules));
				}
				catch (ParseException ex) {
					throw new IllegalArgumentException(
							"Thesaurus " + file + " line " + ex.getErrorOffset() + ": " + ex.getMessage(), ex);
				}
				for (String line : rules.lines().toList()) {
					int arrow = line.indexOf(ONE_WAY);
					if (arrow <= 0 || line.stripLeading().startsWith("#")) {
						continue;
					}
					for (String entry : line.substring(0, arrow).split(",")) {
						List<String> words = SwedishAnalysis.tokens(ruleAnalyzer, entry);
						if (words.size() == 1) {
							translated.add(words.get(0));
						}
						else if (words.size() > 1) {
							phrases.add(new Phrase(words, line.substring(arrow + ONE_WAY.length())));
						}
					}
				}
			}
			parseRules(parser, baseFormPhrases(phrases, translated), files);
			parseRules(parser, OrdinalNumbers.rules(), files);
			return new Thesaurus(parser.build(), Set.copyOf(translated));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read thesaurus " + files, ex);
		}
	}

	// Read once, whole: a file that is missing, unreadable or not UTF-8 fails here, with
	// its own exception, before this file is parsed.
	private static String read(Path file, List<Path> files) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UnreadableThesaurusException(file, files, ex);
		}
	}

	/** A phrase on a one-way rule's left side and the rule's right side as written. */
	private record Phrase(List<String> words, String translation) {
	}

	/**
	 * Rules for the phrases as {@link EnglishInflections} leaves their words: "living
	 * conditions" is read "living condition" once "condition" has a row of its own.
	 */
	private static String baseFormPhrases(List<Phrase> phrases, Set<String> translated) {
		StringBuilder rules = new StringBuilder();
		for (Phrase phrase : phrases) {
			List<String> read = phrase.words()
				.stream()
				.map(word -> translated.contains(word) ? word
						: EnglishInflections.bases(word).stream().filter(translated::contains).findFirst().orElse(word))
				.toList();
			if (!read.equals(phrase.words())) {
				rules.append(String.join(" ", read))
					.append(' ')
					.append(ONE_WAY)
					.append(phrase.translation())
					.append('\n');
			}
		}
		return rules.toString();
	}

	private static void parseRules(SolrSynonymParser parser, String rules, List<Path> files) throws IOException {
		try {
			parser.parse(new StringReader(rules));
		}
		catch (ParseException ex) {
			throw new IllegalArgumentException("Thesaurus " + files + ": a phrase's base form: " + ex.getMessage(), ex);
		}
	}

	/** The English words one-way rules translate, in lower case. */
	Set<String> translated() {
		return translated;
	}

	/** Whether a one-way rule (a glossary row) names this single word on its left. */
	boolean translates(String word) {
		return translated.contains(word);
	}

	SynonymMap map() {
		return map;
	}

	boolean isEmpty() {
		return map == null || map.fst == null;
	}

}
