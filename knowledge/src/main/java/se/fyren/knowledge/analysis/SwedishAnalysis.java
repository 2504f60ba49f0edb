package se.fyren.knowledge.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.sv.SwedishLightStemFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/**
 * Fyren's Swedish analysis, one filter per concern as Lucene's {@link SwedishAnalyzer}
 * reads: tokenize, lowercase, (questions only: English inflections and thesaurus), stop
 * words, decompound, nouns to lemmas, stem.
 */
public final class SwedishAnalysis {

	static final int MIN_COMPOUND = 8;

	// Stateless and thread-safe, like every Lucene analyzer.
	private static final Analyzer LOWERCASE_WORDS = new Analyzer() {
		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			Tokenizer tokenizer = new StandardTokenizer();
			return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
		}
	};

	static final int MAX_PART = 20;

	// An emoji is no word: "🔥🔥 vilka kommuner deltog i lärprojektet? 👍" held two words
	// the reports never use and was judged off topic.
	private static final Set<String> NOT_WORDS = Set.of(StandardTokenizer.TOKEN_TYPES[StandardTokenizer.EMOJI]);

	// Read once: the list is shipped in the jar and never changes while Fyren runs.
	private static final CharArraySet PLACES = CharArraySet
		.unmodifiableSet(new CharArraySet(PlaceNameList.swedish(), false));

	// Chat clients and phones type "don't" as "don’t": one apostrophe, so that the
	// contractions among the stop words are dropped however they were typed.
	private static final NormalizeCharMap APOSTROPHES = apostrophes();

	private final CompoundParts parts;

	private final Thesaurus thesaurus;

	private final NounLemmas nounLemmas;

	private final WordClasses wordClasses;

	// Analyzers are thread-safe and keep their components per thread: build each once.
	private final Analyzer index;

	private final Analyzer query;

	private final Analyzer swedishQuery;

	private final Analyzer name;

	public SwedishAnalysis(CompoundParts parts, Thesaurus thesaurus, NounLemmas nounLemmas) {
		this.parts = parts;
		this.thesaurus = thesaurus;
		this.nounLemmas = nounLemmas;
		this.wordClasses = nounLemmas.wordClasses();
		this.index = createIndexAnalyzer();
		this.query = createQueryAnalyzer(false);
		this.swedishQuery = createQueryAnalyzer(true);
		this.name = createNameAnalyzer();
	}

	private static NormalizeCharMap apostrophes() {
		NormalizeCharMap.Builder map = new NormalizeCharMap.Builder();
		map.add("\u2019", "'");
		return map.build();
	}

	// The Snowball project's English stop words, as Lucene ships them: beside Lucene's
	// 33 they hold the pronouns, auxiliaries and prepositions of a question ("being",
	// "because", "through"), which left in count as words the reports never use.
	private static final String ENGLISH_STOP_FILE = "english_stop.txt";

	// Snowball's words that are kept: they tell answers apart ("more than one role",
	// "the same goals", "only the region"), and were never stopped before.
	private static final List<String> ENGLISH_KEPT = List.of("more", "most", "few", "same", "only", "very", "too",
			"both");

	private static final CharArraySet ENGLISH_STOP_WORDS = englishStopWords();

	/** Stop words of both languages: questions come in Swedish and English. */
	public static CharArraySet questionStopWords() {
		CharArraySet stop = new CharArraySet(SwedishAnalyzer.getDefaultStopSet(), false);
		stop.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
		stop.addAll(ENGLISH_STOP_WORDS);
		for (String word : List.of("can", "many", "much", "say", "says", "said", "säger", "sade", "från", "finns",
				"ska", "kan", "får", "enligt", "mkt", "nåt", "någon", "några", "t.ex", "ex", "sant", "sa", "hen",
				"gick", "går", "kom", "gör", "gjorde", "fick", "tar", "tog", "ger", "gav", "bör", "ofta", "ungefär",
				"vems", "whose",
				// Chat's fillers ("vad menar de egentligen", "själva poängen"): they
				// stand in many a sentence and ask nothing.
				"egentligen", "faktiskt", "själva", "actually", "really", "basically",
				// English words that carry no topic: left in, they would count as words
				// the reports never use. "anything" and its kin stand for what is
				// asked, as "något" does.
				"cant", "need", "like", "also", "just", "get", "got", "go", "went", "since", "according", "put",
				"putting", "anything", "something", "someone", "anyone", "everything", "everyone", "nothing",
				// Contractions written without their apostrophe say no more.
				"dont", "doesnt", "didnt")) {
			stop.add(word);
		}
		return CharArraySet.unmodifiableSet(stop);
	}

	private static CharArraySet englishStopWords() {
		try (Reader reader = IOUtils.getDecodingReader(SnowballFilter.class, ENGLISH_STOP_FILE,
				StandardCharsets.UTF_8)) {
			CharArraySet words = new CharArraySet(0, false);
			for (Object word : WordlistLoader.getSnowballWordSet(reader)) {
				String written = new String((char[]) word);
				if (!ENGLISH_KEPT.contains(written)) {
					words.add(written);
				}
			}
			return CharArraySet.unmodifiableSet(words);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read Lucene's " + ENGLISH_STOP_FILE, e);
		}
	}

	/**
	 * For reports: no thesaurus, so the index holds what the text says. Components are
	 * kept per field, so the title, section and text streams of one passage can be open
	 * together.
	 */
	public Analyzer indexAnalyzer() {
		return index;
	}

	/**
	 * For questions: the thesaurus adds Swedish for English and synonyms, then the same
	 * chain.
	 */
	public Analyzer queryAnalyzer() {
		return query;
	}

	/**
	 * For a question in Swedish: as {@link #queryAnalyzer()}, but a Swedish stop word the
	 * glossary would translate from English is dropped first ("men" is "but", not the
	 * plural of "man").
	 */
	public Analyzer swedishQueryAnalyzer() {
		return swedishQuery;
	}

	/**
	 * For the words that name a report (its title, its publisher): whole words, as a
	 * question's word is read, not split into the parts of a compound ("lärprojektet" is
	 * the DalaLab report's name, "projekt" is not).
	 */
	public Analyzer nameAnalyzer() {
		return name;
	}

	private Analyzer createNameAnalyzer() {
		return new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new StopFilter(new LowerCaseFilter(words(tokenizer)),
						SwedishAnalyzer.getDefaultStopSet());
				return new TokenStreamComponents(tokenizer, new SwedishLightStemFilter(nounLemmas.lemmatize(stream)));
			}
		};
	}

	private Analyzer createIndexAnalyzer() {
		return new Analyzer(Analyzer.PER_FIELD_REUSE_STRATEGY) {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				TokenStream stream = new LowerCaseFilter(words(tokenizer));
				stream = new StopFilter(stream, SwedishAnalyzer.getDefaultStopSet());
				stream = stemAndSplit(stream, false);
				return new TokenStreamComponents(tokenizer, new RemoveDuplicatesTokenFilter(stream));
			}
		};
	}

	private Analyzer createQueryAnalyzer(boolean swedish) {
		CharArraySet stop = questionStopWords();
		CharArraySet swedishTranslated = new CharArraySet(thesaurus.translated()
			.stream()
			.filter(word -> SwedishAnalyzer.getDefaultStopSet().contains(word))
			.toList(), false);
		return new Analyzer() {
			@Override
			protected Reader initReader(String fieldName, Reader reader) {
				return new MappingCharFilter(APOSTROPHES, reader);
			}

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new StandardTokenizer();
				// "Sweden's", "Uppsala's": an English possessive is the name itself.
				TokenStream stream = new EnglishPossessiveFilter(new LowerCaseFilter(words(tokenizer)));
				if (swedish && !swedishTranslated.isEmpty()) {
					stream = new StopFilter(stream, swedishTranslated);
				}
				if (!thesaurus.isEmpty()) {
					stream = new EnglishInflections(stream, thesaurus, wordClasses);
					stream = new SynonymGraphFilter(stream, thesaurus.map(), true);
				}
				stream = TermRoles.markWords(new StopFilter(stream, stop));
				return new TokenStreamComponents(tokenizer, stemAndSplit(stream, true));
			}
		};
	}

	/** The tokenizer's words: what it reads as an emoji is left out. */
	private static TokenStream words(Tokenizer tokenizer) {
		return new TypeTokenFilter(tokenizer, NOT_WORDS);
	}

	/**
	 * @param roles whether to mark compound parts (questions only: searching reads roles)
	 */
	private TokenStream stemAndSplit(TokenStream stream, boolean roles) {
		stream = new UnsplitNames(stream, PLACES, words -> new RememberedCompoundSplits(words, parts.asSet(),
				MIN_COMPOUND, CompoundParts.MIN_PART, MAX_PART));
		if (roles) {
			stream = TermRoles.markParts(stream);
		}
		// After splitting, so that a part is kept whole too: "barn" of "barnfattigdom".
		return new SwedishLightStemFilter(nounLemmas.lemmatize(stream));
	}

	/**
	 * Lowercased words of a text, with no other analysis: the raw material for learning
	 * compound parts.
	 */
	static List<String> words(String text) {
		return tokens(LOWERCASE_WORDS, text);
	}

	/** The terms an analyzer makes of a text, in order. */
	public static List<String> tokens(Analyzer analyzer, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

}
