package se.fyren.knowledge.answer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.analysis.SwedishAnalysis;
import se.fyren.knowledge.analysis.TermRole;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.search.AnalyzedQuestion;
import se.fyren.knowledge.search.Concept;
import se.fyren.knowledge.search.QueryTerm;

/**
 * What a question that asks for a list asks to have listed ("vilka delar", "alla målen",
 * "which towns"), as the index holds its words and their alternatives, and how many the
 * question says there are ("hedemoras sex övergripande mål", "alla fem?"). The list whose
 * lead-in names what is asked ("Projektet har omfattat tre delar:"), or that holds as
 * many items as the question counts, is the one asked for; a sentence that only shares
 * the question's names is not.
 *
 * @param terms the listed thing's terms; empty when the question names none ("hela
 * listan")
 * @param count how many items the question counts, or 0
 * @param things the words that name the listed thing, as written ("kriterier")
 */
record ListAsked(Set<String> terms, int count, List<String> things) {

	static final ListAsked NONE = new ListAsked(Set.of(), 0, List.of());

	// How many words may describe the thing before it: "de mest angelägna direkta
	// åtgärderna".
	private static final int MAX_DESCRIBING = 3;

	// A count of the items asked, right after the list word ("vilka e dom fem
	// stegen", "which are the three categories", "what are the three categories") or
	// closing the question ("…, alla tio"). Not a count of something else it names
	// ("vilka kurser hålls tre eftermiddagar per vecka", "under tio tillfällen",
	// "besides all eight target areas").
	// The counts a list is announced with, as a lead-in's (see AnswerUnit#counted): two
	// to
	// twelve.
	private static final String COUNT = "(?:[2-9]|1[0-2])(?!\\d)|" + NumberWords.SWEDISH_TWO_TO_TWELVE + "|"
			+ NumberWords.ENGLISH_TWO_TO_TEN;

	private static final Pattern ALL_COUNTED = Pattern.compile(
			"\\b(?:(?:alla|samtliga|all)\\s+(" + COUNT + ")\\P{L}*$|what\\s+(?:are|were)\\s+the\\s+(" + COUNT + ")\\b)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// The words after the question's list word, past words that only say "kinds of" or
	// link it to the thing: "vilka slags aktörer", "alla målen", "which kinds of
	// agendas", "vilka är dialogfrågorna", "which are the aims". The thing is the first
	// of them that does not only describe the next (see thing). The words are looked
	// ahead at, so that a list word among them ("vilka är alla åtgärderna", "vilka mål
	// och vilka insatser") is found in turn. A count before the thing is the items'
	// count.
	private static final Pattern ASKED = Pattern.compile("\\b(?:vilka|alla|räkna upp|lista|nämn|which|list|name)"
			+ "\\s+(?:(?:slags|sorters|sorts|typer\\s+av|olika|de|dom|kinds?\\s+of|types?\\s+of|sorts?\\s+of|the"
			+ "|är|var|e|va|are|were)\\s+)*" + "(?:(" + COUNT + ")\\s+)?(?=(\\p{L}{3,}(?:\\s+\\p{L}{3,}){0,"
			+ MAX_DESCRIBING + "}))", Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern SPACE = Pattern.compile("\\s+");

	// How near before a run of commas a sentence names what it lists: the first item and
	// the words that lead to it ("en styrgrupp bestående av skolchef").
	private static final int NAMING_WORDS = 5;

	// A last item this short may name what is listed: "Leksands, Rättviks och Gagnefs
	// kommun".
	private static final int NAMING_LAST_ITEM_WORDS = 3;

	// Words for a list itself, or for its items in general: they name no thing.
	private static final Set<String> GENERIC = Set.of("listan", "lista", "uppräkningen", "raddan", "punkter",
			"punkterna", "saker", "sakerna", "grejer", "grejerna", "grejor", "allt", "alla", "var", "är", "finns",
			"ska", "kan", "har", "hade", "skulle", "blir", "som", "are", "were", "was", "does", "did", "things",
			"points", "items");

	// The roles of the terms that stand for the thing asked.
	private static final Set<TermRole> ALTERNATIVES = Set.of(TermRole.WRITTEN, TermRole.SYNONYM, TermRole.CORRECTION);

	// The last heading of a section path.
	private static final char SECTION_SEPARATOR = '›';

	private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]+", Pattern.UNICODE_CHARACTER_CLASS);

	// The fewest letters of a compound's first part: shorter ones are most often a word's
	// own syllables ("Kontroller" holds no "roller", "Fördelar" no "delar").
	private static final int MIN_FIRST_PART = 5;

	// How many of the thing's first letters find where its part may begin in a compound:
	// enough to pass over most other parts, few enough to leave its inflections out.
	private static final int HEAD_OPENING = 4;

	ListAsked {
		terms = Set.copyOf(terms);
		things = List.copyOf(things);
	}

	static ListAsked of(AnalyzedQuestion question, Analyzer analyzer, WordClasses wordClasses) {
		String text = question.question().toLowerCase(Locale.ROOT);
		Set<String> written = new HashSet<>();
		List<String> things = new ArrayList<>();
		Matcher asked = ASKED.matcher(text);
		while (asked.find()) {
			String thing = thing(asked.group(2), wordClasses);
			if (thing != null) {
				written.addAll(SwedishAnalysis.tokens(analyzer, thing));
				things.add(thing);
			}
		}
		Set<String> terms = new HashSet<>(written);
		// The thing's thesaurus alternatives, and its Swedish for an English word; not
		// the words of like meaning from the general lexicon ("öka" for "steg"), which
		// name other things.
		for (Concept concept : question.concepts()) {
			List<String> alternatives = concept.terms()
				.stream()
				.filter(term -> ALTERNATIVES.contains(term.role()))
				.map(QueryTerm::term)
				.toList();
			if (written.contains(concept.word()) || concept.terms()
				.stream()
				.anyMatch(term -> term.role() != TermRole.SYNONYM && ALTERNATIVES.contains(term.role())
						&& written.contains(term.term()))) {
				terms.addAll(alternatives);
			}
		}
		return new ListAsked(terms, AnswerUnit.counted(text), things);
	}

	/**
	 * How many items a question says the list it asks for holds, where it says so of the
	 * items themselves (see {@link #ALL_COUNTED}), or 0: surer than {@link #count}, which
	 * takes any count the question names.
	 * @param text the question, in lower case
	 */
	static int itemsCounted(String text) {
		Matcher asked = ASKED.matcher(text);
		while (asked.find()) {
			if (asked.group(1) != null) {
				return NumberWords.count(asked.group(1));
			}
		}
		Matcher all = ALL_COUNTED.matcher(text);
		return all.find() ? NumberWords.count(all.group(1) != null ? all.group(1) : all.group(2)) : 0;
	}

	/** The letters that find where the thing's word, or a compound's part, begins. */
	private static String opening(String thing) {
		return thing.substring(0, Math.min(HEAD_OPENING, thing.length()));
	}

	/**
	 * The first of the words after a list word that the dictionary does not know only as
	 * describing another ("mest", "angelägna"), or null when it names no thing: a word
	 * for a list itself ("hela listan"), a count ("alla fem").
	 */
	private static String thing(String words, WordClasses wordClasses) {
		String[] each = SPACE.split(words);
		for (int i = 0; i < each.length; i++) {
			if (GENERIC.contains(each[i]) || AnswerUnit.counted(each[i]) > 0) {
				return null;
			}
			if (!wordClasses.modifierOnly(each[i])) {
				// Past a word that names people by what they are ("vilka äldre får
				// hemtjänst"), the next may be their verb: the first word is the thing.
				return i == 0 || !wordClasses.verb(each[i]) ? each[i] : each[0];
			}
		}
		return null;
	}

	/**
	 * Whether a list's lead-in, or the heading right above it, names what is asked. A
	 * list read from a sentence's commas has the whole sentence for its lead-in: there
	 * the thing listed is named right before the items ("en styrgrupp bestående av
	 * skolchef, socialchef …") or by the last of them ("Leksands, Rättviks och Gagnefs
	 * kommun"), not anywhere in the sentence ("ställer fråga om vad som görs för att
	 * stärka folkhälsa, jämlik hälsa eller jämställdhet" lists no questions).
	 */
	boolean namedBy(AnswerUnit list, Analyzer analyzer) {
		if (terms.isEmpty()) {
			return false;
		}
		String section = list.section();
		String heading = section == null ? "" : section.substring(section.lastIndexOf(SECTION_SEPARATOR) + 1);
		String naming = (list.prose() ? pointedTo(list) + " " + namingWords(list.items()) : list.leadIn()) + " "
				+ heading;
		return SwedishAnalysis.tokens(analyzer, naming).stream().anyMatch(terms::contains)
				|| compoundNames(naming, analyzer);
	}

	/**
	 * Whether a compound names the thing by its last part ("Överlevnadskriterier
	 * inkluderar:" lists criteria): a Swedish compound is a kind of what its last part
	 * names, and the dictionary that gives the thing's lemma knows few compounds. The
	 * part is looked for where the thing's opening letters stand last in the word.
	 */
	private boolean compoundNames(String naming, Analyzer analyzer) {
		for (String word : NOT_A_LETTER.split(naming.toLowerCase(Locale.ROOT))) {
			for (String thing : things) {
				int at = word.lastIndexOf(opening(thing));
				if (at >= MIN_FIRST_PART
						&& SwedishAnalysis.tokens(analyzer, word.substring(at)).stream().anyMatch(terms::contains)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What a run of commas' sentence says before its first item: the sentence before,
	 * when it points back to it ("… aktörer inom flera olika sektorer. Dessa kan finnas
	 * inom hälsa, det sociala området, …"), or, for items numbered inside the sentence,
	 * its words before "1.". The first item's text is looked for from the end: the
	 * sentence pointed to may hold it too.
	 */
	private static String pointedTo(AnswerUnit list) {
		int first = list.leadIn().lastIndexOf(list.items().get(0));
		return first > 0 ? list.leadIn().substring(0, first) : "";
	}

	/**
	 * The words by which a run of commas names what it lists: the last words of its first
	 * item, and its last item when that is short (a long one runs on past the list: "…
	 * eller när de själva bett om att få komma och diskutera någon fråga").
	 */
	private static String namingWords(List<String> items) {
		String[] first = SPACE.split(items.get(0).strip());
		int from = Math.max(0, first.length - NAMING_WORDS);
		String last = items.get(items.size() - 1).strip();
		return String.join(" ", Arrays.asList(first).subList(from, first.length))
				+ (SPACE.split(last).length <= NAMING_LAST_ITEM_WORDS ? " " + last : "");
	}

	/** Whether a list holds as many items as the question counts, or says it does. */
	boolean countedBy(AnswerUnit list) {
		return count > 0 && (list.items().size() == count || AnswerUnit.counted(list.leadIn()) == count);
	}

}
