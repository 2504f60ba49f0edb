package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;

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
 * finds the reports' Swedish.
 */
public final class Thesaurus {

	public static final Thesaurus EMPTY = new Thesaurus(null);

	private final SynonymMap map;

	private Thesaurus(SynonymMap map) {
		this.map = map;
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
			for (Path file : files) {
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					parser.parse(reader);
				}
				catch (ParseException ex) {
					throw new IllegalArgumentException(
							"Thesaurus " + file + " line " + ex.getErrorOffset() + ": " + ex.getMessage(), ex);
				}
			}
			return new Thesaurus(parser.build());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read thesaurus " + files, ex);
		}
	}

	SynonymMap map() {
		return map;
	}

	boolean isEmpty() {
		return map == null || map.fst == null;
	}

}
