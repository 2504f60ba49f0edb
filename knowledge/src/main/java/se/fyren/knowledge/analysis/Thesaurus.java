package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
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

	// The words of one-way rules' left sides: the glossary's English, whose inflections
	// are looked up by their base form.
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
			for (Path file : files) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					parser.parse(reader);
				}
				catch (ParseException ex) {
					throw new IllegalArgumentException(
							"Thesaurus " + file + " line " + ex.getErrorOffset() + ": " + ex.getMessage(), ex);
				}
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					int arrow = line.indexOf(ONE_WAY);
					if (arrow > 0 && !line.stripLeading().startsWith("#")) {
						translated.addAll(SwedishAnalysis.tokens(ruleAnalyzer, line.substring(0, arrow)));
					}
				}
			}
			return new Thesaurus(parser.build(), Set.copyOf(translated));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read thesaurus " + files, ex);
		}
	}

	SynonymMap map() {
		return map;
	}

	/** Whether a one-way rule (a glossary row) names this word on its left. */
	boolean translates(String word) {
		return translated.contains(word);
	}

	boolean isEmpty() {
		return map == null || map.fst == null;
	}

}
