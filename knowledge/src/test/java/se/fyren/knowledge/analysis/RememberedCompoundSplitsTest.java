package se.fyren.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;

import se.fyren.knowledge.SharedData;

/**
 * The remembered compound splits are Lucene's splitter's, token for token, on the
 * corpus's own text with the parts learned from it: read once (worked out) and again
 * (remembered), the same terms, offsets and positions.
 */
class RememberedCompoundSplitsTest {

	@Test
	void aRememberedWordGivesTheSplittersOwnPartsOffsetsAndPositions() throws IOException {
		List<String> texts = new ArrayList<>();
		try (Stream<Path> files = Files.list(SharedData.CORPUS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt") || f.toString().endsWith(".md"))
				.toList()) {
				texts.add(Files.readString(file));
			}
		}
		CharArraySet parts = CompoundParts.learn(texts).asSet();
		Analyzer lucenes = analyzer(parts, (words, set) -> new DictionaryCompoundWordTokenFilter(words, set,
				SwedishAnalysis.MIN_COMPOUND, CompoundParts.MIN_PART, SwedishAnalysis.MAX_PART, false));
		Analyzer remembering = analyzer(parts, (words, set) -> new RememberedCompoundSplits(words, set,
				SwedishAnalysis.MIN_COMPOUND, CompoundParts.MIN_PART, SwedishAnalysis.MAX_PART));
		int split = 0;
		for (int pass = 0; pass < 2; pass++) {
			for (String text : texts) {
				List<String> expected = tokens(lucenes, text);
				assertThat(tokens(remembering, text)).as("pass %d", pass).isEqualTo(expected);
				split += (int) expected.stream().filter(token -> token.startsWith("+0 ")).count();
			}
		}
		// parts were split off (each at the position of its word), so something was
		// compared
		assertThat(split).isGreaterThan(1000);
	}

	private static Analyzer analyzer(CharArraySet parts, BiFunction<TokenStream, CharArraySet, TokenStream> split) {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				return new TokenStreamComponents(tokenizer, split.apply(new LowerCaseFilter(tokenizer), parts));
			}
		};
	}

	/** Each token as its position increment, its term and its offsets. */
	private static List<String> tokens(Analyzer analyzer, String text) throws IOException {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add("+" + increment.getPositionIncrement() + " " + term + " " + offset.startOffset() + "-"
						+ offset.endOffset());
			}
			stream.end();
		}
		return tokens;
	}

}
