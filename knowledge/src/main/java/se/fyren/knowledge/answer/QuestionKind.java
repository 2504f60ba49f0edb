package se.fyren.knowledge.answer;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.chunk.ContactBlock;

/**
 * What kind of answer a question asks for, read from its question words (Swedish, chat
 * Swedish and English): the answer sentence is picked to hold that kind.
 */
public enum QuestionKind {

	/**
	 * "vilka", "räkna upp", "which", "what are the", "list"; also "what" before a plural
	 * noun when no other kind is asked ({@link #ENGLISH_WHAT_PLURAL}).
	 */
	LIST("\\b(?:vilka|räkna upp|lista|nämn|vad är de|vad ingår|which|what are the|list|name the)\\b",
			"(?s),.*\\boch\\b|:"),
	/**
	 * "när", "vilket datum", "vilka år", "when", "which year": a date, a year, a weekday,
	 * a month or a season, in any case ("NÄSTA MÖTE DEN 24 NOVEMBER", "levereras under
	 * april-maj"); or a text that opens with its condition, for "när" asks in what case
	 * as often as at what time ("när finns det inget öppet fönster": "Om någon av dessa
	 * strömmar går i motsatt riktning finns det inget öppet fönster"). Only at the text's
	 * start (a unit's sentence), and not a heading's "Om Samlingen" (about).
	 */
	WHEN("\\b(?:" + QuestionKind.SWEDISH_WHEN + "|(?=\\s*when\\b)(?:^|(?<=[,.;:?!–-]\\s?))\\s*when\\b(?!\\s+"
			+ QuestionKind.ENGLISH_SUBJECT_PRONOUNS + ")|when(?!\\s+" + QuestionKind.ENGLISH_SUBJECT_PRONOUNS + ")(?="
			+ QuestionKind.ENGLISH_QUESTION_VERB
			+ ")|(?:vet|veta|undrar|säg|säga|kolla|minns|berätta|ange|står det)\\s+(?:\\p{L}+\\s+)?när(?!\\s+det\\s+gäller)"
			+ "|(?:know|tell me|wonder|find out|say)\\s+when|vilken dag|" + QuestionKind.DAY_ASKED + "|"
			+ QuestionKind.MONTH_ASKED + "|" + QuestionKind.YEAR_ASKED + "|datum|what day)\\b",
			"(?i)(?=\\d)(?:\\b\\d{1,2}(?::e)?\\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\\p{L}*|"
					+ QuestionKind.YEAR + "|\\b(?:(?:19|20)?\\d0)-tal\\p{L}*)|(?=[mtofvhsjand])(?:"
					+ "\\b(?:måndag|tisdag|onsdag|torsdag|fredag|våren|hösten|sommaren|vintern|vecka)" + "|\\b(?:"
					+ QuestionKind.SWEDISH_MONTHS + ")\\b)|(?-i:^(?:Om|If)\\s+\\p{Ll})"),
	/**
	 * A price, a cost or a pay ("vad kostar", "kostade", "lönen", "what does it cost",
	 * "how much money", "spend"): a sum, or that it costs nothing ("betalar man
	 * ingenting"). The one definition of asking for a cost, for the answer picked and for
	 * saying the reports give none ("vem betalar" asks for a payer: the person comes
	 * first). A cue that opens with its question word ("vad kostar") places the kind
	 * there.
	 */
	COST("\\b(?:vad kostar|hur mycket kostar|hur mkt kostar|vad är kostnaden|what(?: is|'s| are) the (?:\\p{L}+ )?(?:cost|price|fee|budget)\\p{L}*|vad är (?:\\p{L}+ )?(?:års)?budget(?:en)?"
			+ "|kostnad\\p{L}*|kostar|kostade|kostat|kosta|budget(?:en)? för|pris\\p{L}*|avgift\\p{L}*|betala\\p{L}*"
			+ "|(?:vilken|hur stor) budget(?:en)? (?:har|hade|får|fick|finns|ges|gavs|avsätts|avsattes)"
			+ "|what budget (?:does|did|do|has|have|is|was)|how (?:big|large) (?:is|was) the budget"
			+ "|lön(?:en|er|erna)?"
			+ "|hur (?:mycket|mkt) pengar|what does .+ cost|how much does .+ cost|cost\\p{L}*|price\\p{L}*|fees?"
			+ "|budget for|budget of|(?:yearly|annual|total) budget|årsbudget\\p{L}*|how much money|(?:spend|spent|spends|pay|pays|paid) (?:for|on)|pa(?:y|ys|id)"
			+ QuestionKind.PAY_NOT_MONEY + "(?:\\s+\\p{L}+){1,2}\\s+for|salary|salaries|wages?)\\b",
			"(?i)" + QuestionKind.SUM + "|(?=[kmagbuf])(?:" + QuestionKind.SUM_IN_WORDS + "|" + QuestionKind.FREE
					+ ")"),
	/**
	 * "hur länge", "how long": a length of time ("cirka 10 år") or the date it runs to
	 * ("upphör när projektet löper ut 2020").
	 */
	DURATION("\\b(?:hur länge|hur lång tid|how long)\\b",
			"(?i)(?=[\\deftsånoahlu])(?:\\b(?:\\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|några|flera|one|two|three|four|five|six|several|a few)"
					+ "\\s+(?:\\p{L}+\\s+)?(?:år|månader|månad|veckor|vecka|dagar|dag|timmar|timme|minuter|terminer|termin"
					+ "|years?|months?|weeks?|days?|hours?|minutes?)\\b|\\bhalvår\\p{L}*"
					+ "|\\b(?:löper ut|upphör|till och med|fram till|until)\\b|\\bt\\.o\\.m\\."
					+ "|\\b(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}\\b)"),
	/** "hur många", "hur mycket", "how many". */
	NUMBER("\\b(?:hur många|hur mycket|hur mkt|hur stor|hur lång|hur ofta|antal|andel|procent|how many|how much|how often|what share|what percentage)\\b",
			"(?i)\\d|\\b(?=[tfsånehadmp])(?:" + NumberWords.SWEDISH_TWO_TO_TWELVE + "|" + NumberWords.SWEDISH_LARGER
					+ "|" + NumberWords.SWEDISH_ROUGH + "|hälften|dubbelt|procent|" + NumberWords.ENGLISH_TWO_TO_TEN
					+ "|hundred|thousand|half)\\b"),
	/**
	 * "vem", "who", and which actor: "vilken konsultfirma", "which agency" ask for a name
	 * as "vem" does.
	 */
	WHO("\\b(?:vem|vems|who|whom|vilke[nt]\\s+\\p{L}*(?:person|firma|företag|bolag|organisation|myndighet|förvaltning|konsult|aktör|forskare|kommun|region|landsting|universitet|lärosäte)"
			+ "|which\\s+(?:person|company|firm|organi[sz]ation|agency|consultancy|consultant|researcher|municipality|region))\\b",
			"\\p{Lu}\\p{Ll}+\\s+\\p{Lu}\\p{Ll}+|(?i:\\b\\p{L}*(?=[ocaspldkrmfn])(?:ordförande|chef|ansvarig|samordnare|samordnarna|strateg|planerare|planerarna|sekreterare|sekreterarna|ledare|ledarna|direktör|kommunen|regionen|länsstyrelsen|myndighet"
					+ "|styrelse|fullmäktige|nämnden|nämnder|förening)\\p{L}*|\\b(?=[nid])(?:nämnd\\b"
					+ "|initiativ\\p{L}*\\s+(?:\\p{L}+\\s+){0,3}(?:från|av)\\b|initier\\p{L}*\\s+(?:av|i|från)\\b"
					+ "|(?:det|detta) (?:är|var) (?!(?:en|ett|därför|ofta|också|så|inte|just|bara|mycket|många|flera|alltså|nog|här|där|då|nu)\\b)"
					+ "(?:(?!att\\b)\\p{L}+ ){1,3}som\\b))"),
	/**
	 * How to reach someone: "vem ska jag kontakta", "vad har hon för mejl",
	 * "telefonnummer", "contact person", "email": an e-mail address, a phone number or a
	 * line the report heads "Kontakt". It overrides the question word before it ("vem ska
	 * man höra av sig till … namn o mejl" asks for the contact, with the name). Only the
	 * forms that ask to reach someone: not "kontaktades", "telefonintervjuer", "a phone
	 * survey" or "ringa" the adjective.
	 */
	CONTACT("\\b(?:kontakta|kontaktar|ska kontaktas|kontakt(?:person\\p{L}*|uppgift\\p{L}*|info)|höra av (?:mig|sig|oss)"
			+ "|vänd(?:a|er) (?:(?:jag|man|vi) )?(?:mig|sig|oss) till|(?:mejl|mail|e-?post)(?:adress\\p{L}*)?|(?:jag|man|vi|ni) (?:ringa|mejla|maila)"
			+ "|telefonnumm?(?:er|ret)|contact (?:person|details|info\\p{L}*)|(?:to|should|can|do|could) (?:i|we) contact"
			+ "|who to contact|e-?mail(?: address)?|(?:tele)?phone number|get in touch)\\b",
			ContactBlock.ADDRESS + "|" + QuestionKind.PHONE + "|\\bKontakt\\p{L}*\\s*:", List.of("@", "0", "Kontakt")),
	/**
	 * "varför", "why": a reason or a purpose, in any case ("Syftet är att …", "Eftersom
	 * …"), or the advantage or cause that explains it.
	 */
	WHY("\\b(?:varför|av vilken anledning|vad är (?:syftet|poängen|meningen)|vad är (?:\\p{L}+\\s+){1,4}till för(?=\\s*\\??\\s*$)|why"
			+ "|for what reason|what(?:['’]?s| is| was) the (?:point|purpose|aim))\\b",
			"(?i)\\b(?=[efdpslbaoirmt])(?:eftersom|för att|därför|på grund av|syftet|syfte|leder till|bidrar till|anledning(?:en|ar|arna)?"
					+ "|orsak(?:en|er|erna)?|skäl(?:et|en)?|beror på|fördel(?:en|ar|arna)?|så att|because|in order to"
					+ "|risk(?:en|erna)?\\s+(?:är|var)\\s+(?:annars\\s+)?att|risk(?:en)?\\s+(?:finns|fanns)\\s+att|incitament\\p{L}*"
					+ "|motiv(?:et|en)?\\s+(?:till|för|bakom)|tanken (?:är|var|med)|målet med|poängen (?:är|var|med)"
					+ "|the (?:aim|purpose|point|benefits?|advantages?) (?:is|was|of)"
					+ "|reasons?|due to|so that)\\b"),
	/** "vad är", "vad betyder", "what is". */
	DEFINITION("\\b(?:vad är|vad betyder|vad menas|vad menar\\s+(?:\\p{L}+\\s+){0,3}med|vad innebär|vad avses|what is"
			+ "|vad står\\s+(?:förkortningen\\s+)?(?!det\\b)[\\p{L}-]+\\s+för|what does .+ (?:mean|stand for)|what is meant by|define)\\b",
			"\\b(?=[äibadhmk])(?:är|innebär|betyder|avser|definieras|handlar om|menas|kallas)\\b"),
	/** Anything else: the sentence that covers the question best. */
	OTHER(null, null);

	// "När" before its subject's pronoun joins a clause ("vad bjöd hon på när hen besökte
	// nämnderna", "när det gäller"): a question's "när" stands before its verb ("när
	// antogs den"), or after a verb of asking in an indirect question ("vet du när man
	// kan anmäla sig", "står det när de började"), unless "det gäller" follows.
	static final String SUBJECT_PRONOUNS = "(?:man|hen|han|hon|de|dom|det|vi|jag|ni|du)\\b";

	// Verbs a question puts straight after "när": the common ones, and a passive's past
	// ("antogs", "beslutades", "byggdes"), which no noun ends like.
	static final String SWEDISH_QUESTION_VERB = "är|var|va|e|blir|blev|ska|skulle|kommer|kom|kan|kunde|har|hade|startade"
			+ "|startar|började|börjar|slutar|slutade|sker|skedde|hålls|pågick|pågår|\\p{L}+(?:ades|ogs|des|tes)";

	// "När" asks when where it opens the question or a clause, follows a word that
	// leads to it ("sen", "senast", "ungefär", "berätta", "och" …), comes straight
	// before a verb ("när startade", "när antogs"), or closes the question ("utgivning
	// när?"); elsewhere in a sentence it is mostly a conjunction ("vad tycker skl om
	// invånarnas roll när offentlig sektor ska förnya sig"), and never before its
	// subject ("när man planerar"). After "gick det till" the "till" is the verb's
	// ("how was it done when …"), not "till när". What comes before the word is looked at
	// only
	// where the word stands (so too for "when" in WHEN): looking behind every word of
	// the question first took most of WHEN's cue.
	static final String SWEDISH_WHEN = "(?:(?=\\s*när\\b)(?:^|(?<=[,.;:?!–(-]\\s?)|(?<=\\b(?:sen|sedan|senast|tidigast|ungefär|exakt|precis"
			+ "|till|från|berätta|säga|ange|minns|och|o|men|eller|samt)\\s))"
			+ "(?<!(?:gick|går|gått)(?:\\s\\p{L}{1,12})?\\still\\s)\\s*när\\b(?!\\s+" + SUBJECT_PRONOUNS
			+ ")|när(?=\\s+(?:" + SWEDISH_QUESTION_VERB + ")\\b)|när(?=\\s*(?:[?.!]|$)))";

	// An English auxiliary or modal verb.
	static final String ENGLISH_AUXILIARY = "(?:do|does|did|is|are|was|were|can|could|should|shall|would|will|must|may"
			+ "|might|has|have|had)";

	// A word that opens a clause of its own.
	private static final String ENGLISH_CLAUSE = "(?:if|when|because|than|after|before|while)";

	// The same in English: "what did she offer when she visited them".
	static final String ENGLISH_SUBJECT_PRONOUNS = "(?:she|he|they|we|i|you|it|one|people)\\b";

	// An English question's "when" opens the question or a clause ("when next
	// meeting?", "… – when is it?"), or comes before its verb, an auxiliary
	// ("when exactly was it", "when in the year does it", "when's the
	// meeting"), or ends the question; after a word in mid-sentence it joins
	// a clause ("power when organisations work", "when partners are").
	static final String ENGLISH_QUESTION_VERB = "(?:\\s+(?:in|during|at|of)(?:\\s+the)?\\s+\\p{L}+|\\s+(?:exactly|roughly|approximately|about|precisely|then|again))?\\s+"
			+ ENGLISH_AUXILIARY + "\\b" + "|'s\\b|\\s*\\?|\\s*$";

	// English "what" asks for several things when a plural noun follows it (after at
	// most two describing words) and an auxiliary comes after that: "what kinds of power
	// does it name", "what environmental hazards for children should …"; "what kind of
	// stories" asks what they are like. A verb in "-s" after "what" is the question's
	// own ("what happens if …", "what counts as …"), and no auxiliary follows it that
	// closely, unless in a clause of its own ("what happens when municipalities are …").
	// Only a question that asks no other kind ("what percentage", "in what years", "what
	// costs") asks so for a list.
	private static final Pattern ENGLISH_WHAT_PLURAL = Pattern
		.compile("\\bwhat\\s+(?:(?!(?:the|a|an|this|that|its?|each|kind|sort|type|they|you|we|i|he|she|there|"
				+ ENGLISH_CLAUSE + "|" + ENGLISH_AUXILIARY + ")\\b)\\p{L}+\\s+){0,2}?(?!" + ENGLISH_AUXILIARY
				+ "\\b)\\p{L}{2,}(?<!ss|us|is)s\\s+(?:(?!" + ENGLISH_CLAUSE + "\\b)[\\p{L}'-]+\\s+){0,3}?"
				+ ENGLISH_AUXILIARY + "\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// A word that opens what a question asks.
	private static final String QUESTION_WORD = "(?:varför|vad|hur|vem|när|vilk\\p{L}*|why|what|how|who|when|which)";

	// A greeting or an opening a chat question may start with, before what it asks.
	static final String GREETING = "(?:(?:hej|hejsan|hallå|hi|hey|snabb fråga|quick question)\\W+)?";

	// How a question without a question word opens, after a greeting at most: such a
	// fragment names what it asks for ("andel barn i …", "förväntad livslängd för …").
	static final String FRAGMENT_OPENING = "^(?!.*\\b" + QUESTION_WORD + "\\b)\\W*" + GREETING;

	// A year, not the year in a programme's name ("Agenda 2030", "Horizon 2020"): that
	// names the programme and says nothing of when. The one definition of a year for
	// the kinds and the rules on time.
	static final String YEAR = "(?<!\\b(?i:agenda|horizon|vision|europa)\\s)\\b(?:19|20)\\d{2}\\b";

	// A year asked for by name ("vilket år", "which year"; not "which year groups"): the
	// one definition, for the kind and for saying the answer gives no year.
	static final String YEAR_ASKED = "vilket år|vilka år|vilk(?:et|a) årtal"
			+ "|(?:what|which) years?(?!\\s+(?:groups?|levels?|olds?|classes|plans?)\\b)";

	// A day asked for ("vilket datum", "what date"; not "which day of the week") and a
	// month ("vilken månad", "which months"): one definition each, for the kind and for
	// saying the answer gives no day or month.
	static final String DAY_ASKED = "vilket datum|exakt(?:a)? datum|(?:what|which|exact) date|on what day";

	static final String MONTH_ASKED = "vilken månad|vilka månader|(?:what|which) months?";

	// Words that may stand between a question's "när" and its verb: "när exakt startade".
	private static final String WHEN_ADVERB = "exakt|ungefär|precis|då|nu|i år";

	// A verb's past or present that a clause of time rarely opens with, beside the
	// common verbs above: "när gick samlingen i mål", "när fick de", "när hände det".
	private static final String SWEDISH_PAST = "gick|går|fick|får|hände|händer|öppnar|öppnade|\\p{L}+(?:ade|de|te)";

	// A question that opens with a clause of time and then asks its question: "när
	// samverkan funkar bra, vad händer med makten då", "when partners trust each other,
	// what changes?". Such a "när" comes before a subject, not a verb ("när antogs
	// planen, och av vem?" asks when).
	private static final Pattern WHEN_CLAUSE = Pattern.compile("^\\W*" + GREETING + "(?:när(?!\\s+(?:(?:" + WHEN_ADVERB
			+ ")\\s+)?(?:" + SWEDISH_QUESTION_VERB + "|" + SWEDISH_PAST + ")\\b)|when(?!" + ENGLISH_QUESTION_VERB
			+ "))\\s[^,;:?–-]+(?:[,;:–]|\\s-)\\s*(?=(?:vad|hur|vem|vilk\\p{L}*" + "|varför|what|how|who|which|why)\\b)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A question word that asks for no kind of its own, then a comma or a dash: what
	// follows is a second question. Not an opener that only names the topic ("vad
	// gäller projektet, när …", "hur som helst, …", "what about the plan, …"); a new
	// sentence after a question mark is a question of its own.
	private static final Pattern OPEN_QUESTION_FIRST = Pattern.compile(
			"\\b(?:hur|vad|how|what)\\b(?!\\s+(?:gäller|beträffar|som helst|är läget|about)\\b)[^,;:?–]*(?:[,;–]|\\s-\\s)",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A Swedish phone number: an area code, a dash and the number, perhaps in groups
	// ("0225-34199", "0243- 642 54", "073-5795365").
	static final String PHONE = "\\b0\\d{1,3}\\s?[-–]\\s?\\d[\\d ]{3,8}\\d\\b";

	// The months by their Swedish names, as the reports write them.
	static final String SWEDISH_MONTHS = "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december";

	// A sum of money.
	private static final String SUM = "\\d[\\d\\s,.]*\\s*(?:kr|kronor|miljon\\p{L}*|mkr|mnkr|tkr|msek|sek|euro|€)\\b";

	// A sum named without its figure; its words and FREE's open with one of the letters
	// COST's pattern looks for before trying them.
	private static final String SUM_IN_WORDS = "\\b(?:kronor|miljoner kronor)\\b";

	// Attention, tribute or a visit paid is no money ("what did they pay attention to
	// for the youth?", "pay special attention for", "pay a visit for"), and work that
	// pays off for someone is worth it ("did the prevention work pay off for children?").
	private static final String PAY_NOT_MONEY = "(?!(?:\\s+\\p{L}+)?\\s+(?:attention|heed|tribute|homage|respects?|visits?|off)\\b)";

	// That something costs nothing is a cost too: "betalar man ingenting", "kostnadsfri".
	private static final String FREE = "\\b(?:kostnadsfri\\p{L}*|avgiftsfri\\p{L}*|gratis|utan kostnad"
			+ "|betala\\p{L}*\\s+(?:\\p{L}+\\s+)?ingenting|free of charge)\\b";

	// A request for every item: chat asks "…, ge mig alla punkterna", "alla målen",
	// "alla punkter pls",
	// "alla fem?", "hela raddan" or "need the whole checklist" after another question
	// word. "alla" after a preposition is what the question is about ("hur många av alla
	// eleverna"), not what it asks for; the preposition is looked for only where "alla"
	// stands (looking behind every word first took most of telling a question's kind).
	private static final Pattern WHOLE_LIST = Pattern.compile(
			"(?=alla)(?<!\\b(?:av|för|med|till|om|på|i|hos|från|åt|bland|mellan)\\s)\\balla\\s+(?:\\p{L}{3,}(?:erna|arna|orna|na|en)"
					+ "|\\d+|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|punkter|delar|steg|saker|grejer|namn|exempel)\\b"
					+ "|\\bhela\\s+(?:\\p{L}*listan|raddan)\\b|\\ballihop\\p{L}*"
					+ "|\\b(?:whole|full|complete|entire)\\s+(?:check|to-?do|reading)?list\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A request for every item tacked on after the question, as chat does: "vad vinner
	// kommunen på det? alla fördelar", "…, alla delsteg". Anywhere else "alla" before an
	// indefinite plural is what the question is about ("varför är det bra för alla
	// barn?").
	private static final Pattern TRAILING_WHOLE_LIST = Pattern
		.compile("[?,;:–—]\\s*(?:(?:vill ha|ge mig|behöver|skicka|lista)\\s+)?alla\\s+(\\p{L}{3,})"
				+ "(?:\\s+(?:tack|pls|plz|snälla))?\\s*[?!.]*\\s*$", Pattern.UNICODE_CHARACTER_CLASS);

	// Letters two forms of one word share: "skolorna" and "skolor".
	private static final int SHARED_STEM = 4;

	// The items asked for by their number: "dom fyra dragen", "the three approaches". A
	// stretch of time so counted is no list ("de två senaste åren", "the five years"),
	// nor are two things compared ("skillnaden mellan de två modellerna").
	private static final Pattern COUNTED_ITEMS = Pattern
		.compile("^(?!.*\\b(?:skillnad\\p{L}*|jämför\\p{L}*|difference|differ|compare\\p{L}*)\\b).*"
				+ "\\b(?:de|dom|the)\\s+(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|two|three|four|five|six|seven|eight|nine|ten)"
				+ "\\s+(?!(?:första|sista|senaste|kommande|nästa|first|last|past|next|år|åren|månader|månaderna"
				+ "|veckor|veckorna|dagar|dagarna|timmar|timmarna|terminer|terminerna|läsår|läsåren|decennier|decennierna"
				+ "|perioder|perioderna|years|months|weeks|days|hours|terms|semesters|decades)\\b)\\p{L}{3,}",
				Pattern.UNICODE_CHARACTER_CLASS | Pattern.DOTALL);

	// A question that is a term and nothing else: one or two words, perhaps with a
	// question mark.
	private static final Pattern BARE_TERM = Pattern.compile("\\s*[\\p{L}\\d-]+(?:\\s+[\\p{L}\\d-]+)?\\s*\\??\\s*",
			Pattern.UNICODE_CHARACTER_CLASS);

	// The kinds a request for every item overrides: a question that asks for a number, a
	// date, a cost, a person or a reason asks for that, of all of them.
	private static final Set<QuestionKind> OPEN_KINDS = Set.of(LIST, DEFINITION, OTHER);

	// The World Health Organization, not the question word: written in capitals ("WHO:s
	// kommission") or as the first part of a compound ("who-kommissionen" in chat).
	private static final Pattern WORLD_HEALTH_ORGANIZATION = Pattern.compile("\\bWHO\\b|\\b(?i:who)(?=-\\p{L})",
			Pattern.UNICODE_CHARACTER_CLASS);

	// What a question sets aside before it asks: "Besides rising costs, what staffing
	// problem …", "förutom ordförandena, vilka …" ask for what comes after, so the words
	// set aside cue no kind (up to the clause's end, a dash or, where chat leaves out
	// the comma, the question word: "förutom leksand vilka kommuner …").
	private static final Pattern SET_ASIDE = Pattern.compile(
			"\\b(?:besides|apart from|aside from|other than|except for|förutom|utöver|bortsett från)\\s(?:(?!\\s-\\s|\\s"
					+ QUESTION_WORD + "\\b)[^,;:?.!–—])*",
			Pattern.UNICODE_CHARACTER_CLASS);

	// What the organisation's name is read as: a word that cues no kind.
	private static final String ORGANIZATION = "organisationen";

	private final Pattern cue;

	// Found anywhere in a text: as a whole-text match wrapped in ".*" the same answers
	// took a backtracking walk over every unit of every passage read. A list of words
	// is tried at every place of every unit, word by word: a lookahead for the letters
	// (or the digit) the words open with, "(?=[tfs…])", turns most places away with one
	// test instead of one per word. It admits every place a word could match at, so
	// what is found is the same (about half of telling a number or a date).
	private final Pattern answer;

	// What every answer of the kind holds one of, as written (an address's "@", a phone
	// number's leading "0", "Kontakt"), when a text without any is common: it is not
	// read by the pattern, whose walk over every place of the text is the costly part.
	// Empty when the kind has no such marks.
	private final List<String> marks;

	QuestionKind(String cue, String answer) {
		this(cue, answer, List.of());
	}

	QuestionKind(String cue, String answer, List<String> marks) {
		this.cue = cue == null ? null : Pattern.compile(cue, Pattern.UNICODE_CHARACTER_CLASS);
		this.answer = answer == null ? null : Pattern.compile(answer, Pattern.UNICODE_CHARACTER_CLASS);
		this.marks = marks;
	}

	/** The words of the question that ask for this kind ("hur lång tid"), or "". */
	String cueIn(String question) {
		Matcher found = cue == null ? null : cue.matcher(question.toLowerCase(Locale.ROOT));
		return found != null && found.find() ? found.group() : "";
	}

	/** Whether a piece of text holds this kind of answer (a date, a number, a name …). */
	boolean heldBy(String text, boolean list) {
		if (this == LIST && list) {
			return true;
		}
		if (this == NUMBER) {
			return holdsCount(text);
		}
		return answer != null && (marks.isEmpty() || marks.stream().anyMatch(text::contains))
				&& answer.matcher(text).find();
	}

	/**
	 * Whether a question (in lower case) holds this kind's cue anywhere but in what it
	 * sets aside.
	 */
	boolean cuedBy(String question) {
		return cue != null && cue.matcher(withoutSetAside(question)).find();
	}

	/** A question (in lower case) without what it sets aside ("besides rising costs"). */
	static String withoutSetAside(String question) {
		return SET_ASIDE.matcher(question).replaceAll(" ");
	}

	/**
	 * Whether a text holds a figure: digits or a number in words ("en" and "ett" are
	 * mostly articles, so they do not count).
	 */
	static boolean holdsFigure(String text) {
		return NUMBER.answer.matcher(text).find();
	}

	// People an age bounds ("kvinnor över 16 år"); after another word "över 30 år" and
	// "under 3 år" say how long.
	private static final String PEOPLE = "kvinnor|män|flickor|pojkar|barn|unga|ungdomar|elever|personer|deltagare"
			+ "|invånare|vuxna|äldre|alla|women|men|girls|boys|children|people|adults|pupils|students|residents";

	// Figures that date, time, cite or number something rather than count it: a year, a
	// day of a month, a time of day, a reference "(16)", an item's or a chapter's number
	// ("kapitel 2", "Åtgärdsområde 13", "1)"), a phone number, an age that bounds who
	// is meant ("kvinnor över 16 år", "20-25-åringar").
	static final Pattern NOT_A_COUNT = Pattern.compile(PHONE + "|\\b(?:19|20)\\d{2}\\b|(?<=\\b(?:" + PEOPLE
			+ ")\\s)(?:över|under|over|aged)\\s+\\d{1,2}\\s+(?:år|years?)\\b"
			+ "|\\b\\d{1,2}\\s?[-–]\\s?\\d{1,2}-?åring|\\b\\d{1,2}-åring"
			+ "|\\b\\d{1,2}(?::e)?\\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\\p{L}*"
			+ "|\\b\\d{1,2}[.:]\\d{2}\\b|^\\d{1,2}[.)](?=\\s)|\\(\\d{1,3}\\)"
			+ "|\\b(?:kapitel|bilaga|sida|sidan|figur|tabell|steg|träff|fas|punkt|princip|\\p{L}*område)\\s+\\d+"
			+ "|\\bkl\\.?\\s+\\d{1,2}(?:[.:]\\d{2})?", Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	private static final Pattern DIGIT = Pattern.compile("\\d", Pattern.UNICODE_CHARACTER_CLASS);

	/**
	 * Whether a text holds a figure that counts or measures something: not only a year, a
	 * date, a time or a number that labels an item ("hur många kom?" is not answered by
	 * "den 5 september kl. 9.00").
	 */
	static boolean holdsCount(String text) {
		// Every figure that is no count holds a digit: a text without one has none to
		// blank out (most sentences of a report), and is read once instead of twice.
		if (!DIGIT.matcher(text).find()) {
			return holdsFigure(text);
		}
		// A digit outside every figure that is no count is a count: blanking them out
		// would leave it. Read up to the first such digit, not the whole text twice; the
		// text with those figures blanked out (as replacing each with a space) is written
		// on the way, for the figures in words. Every such figure holds a digit, so each
		// is looked for from just before the next digit, and none after the last.
		Matcher notCounts = NOT_A_COUNT.matcher(text);
		Matcher digits = DIGIT.matcher(text);
		StringBuilder blanked = new StringBuilder(text.length());
		int from = 0;
		while (digits.find(from)) {
			int digit = digits.start();
			if (!notCounts.find(figureStart(text, digit, from)) || notCounts.start() > digit) {
				return true;
			}
			blanked.append(text, from, notCounts.start()).append(' ');
			from = notCounts.end();
		}
		return holdsFigure(blanked.append(text, from, text.length()).toString());
	}

	/**
	 * Where a figure that counts nothing and holds {@code digit} as its first digit can
	 * begin, at the earliest (not before {@code from}): at the digit, at the bracket
	 * before it ("(16)"), or at the word and spaces before it ("kapitel 2",
	 * "Åtgärdsområde 13", "kl. 9"). A figure whose first digit comes later begins after
	 * this one, since its words and spaces hold no digit; so no figure begins between
	 * {@code from} and here, and the search may start here.
	 */
	private static int figureStart(String text, int digit, int from) {
		int at = digit;
		while (at > from && spaceLike(text.charAt(at - 1))) {
			at--;
		}
		while (at > from && wordLike(text.charAt(at - 1))) {
			at--;
		}
		return Math.max(from, at - 1);
	}

	// Every character \s matches (Unicode White_Space), and some more.
	private static boolean spaceLike(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
	}

	// Every character of a word \p{L} matches (a letter beyond the BMP is two
	// surrogates), and the abbreviation's point in "kl.".
	private static boolean wordLike(char c) {
		return Character.isLetter(c) || Character.isSurrogate(c) || c == '.';
	}

	/** The kind's name in JSON. */
	public String label() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * The kind a question asks for: the cue that comes first in the question wins, since
	 * the question word opens what is asked ("hur mkt minskade X när Y" asks for an
	 * amount, not a date); on the same word the first kind in this order wins, so "vilka
	 * datum" asks for a list, unless a longer cue there says more than a list's bare
	 * "which" ("which year" asks when); a question that opens with a clause of time asks
	 * what its main clause asks, and one that first asks how or what, then when, asks
	 * more than a date; and a list of people is asked for by "vilka … vem". A request for
	 * every item ("alla punkterna", "hela listan", a tacked-on "alla fördelar") or for
	 * the items by their number ("dom fyra dragen") makes a question that asks for no
	 * particular kind a list question, wherever it stands.
	 */
	public static QuestionKind of(String question) {
		String text = withoutSetAside(
				WORLD_HEALTH_ORGANIZATION.matcher(question).replaceAll(ORGANIZATION).toLowerCase(Locale.ROOT));
		QuestionKind first = OTHER;
		int at = Integer.MAX_VALUE;
		int end = 0;
		// Each kind's cue is looked for once: whether the question holds a contact's or a
		// person's cue anywhere is asked again below.
		Set<QuestionKind> cued = EnumSet.noneOf(QuestionKind.class);
		for (QuestionKind kind : values()) {
			if (kind.cue == null) {
				continue;
			}
			// At the same place a longer cue says more than a list's bare "which":
			// "which year" asks when.
			Matcher cue = kind.cue.matcher(text);
			if (!cue.find()) {
				continue;
			}
			cued.add(kind);
			if (cue.start() < at || cue.start() == at && first == LIST && cue.end() > end) {
				first = kind;
				at = cue.start();
				end = cue.end();
			}
		}
		if (first == WHEN) {
			Matcher clause = WHEN_CLAUSE.matcher(text);
			if (clause.lookingAt()) {
				return of(text.substring(clause.end()));
			}
			// "hur kommer man igång, när kopplas kommunen in?": a question that first
			// asks how or what, then when, asks more than a date.
			Matcher asked = OPEN_QUESTION_FIRST.matcher(text);
			if (asked.find() && asked.end() <= at) {
				return OTHER;
			}
		}
		if ((OPEN_KINDS.contains(first) || first == WHO) && cued.contains(CONTACT)) {
			return CONTACT;
		}
		if (OPEN_KINDS.contains(first) && (WHOLE_LIST.matcher(text).find() || trailingWholeList(text))) {
			return LIST;
		}
		// What the counted things are asks for a definition, not a list.
		if ((first == LIST || first == OTHER) && COUNTED_ITEMS.matcher(text).find()) {
			return LIST;
		}
		if (first == OTHER && ENGLISH_WHAT_PLURAL.matcher(text).find()) {
			return LIST;
		}
		// A term on its own ("motivationslyftet?", "lupp?") asks what it is.
		if (first == OTHER && BARE_TERM.matcher(text).matches()) {
			return DEFINITION;
		}
		return first == LIST && cued.contains(WHO) ? WHO : first;
	}

	/**
	 * A request for every item tacked on after the question, unless it names again what
	 * the question is about ("vad gäller för skolorna, alla skolor?" asks of every
	 * school).
	 */
	private static boolean trailingWholeList(String text) {
		Matcher request = TRAILING_WHOLE_LIST.matcher(text);
		if (!request.find()) {
			return false;
		}
		String thing = request.group(1);
		String stem = thing.substring(0, Math.min(thing.length(), SHARED_STEM));
		return !Pattern.compile("\\b" + Pattern.quote(stem), Pattern.UNICODE_CHARACTER_CLASS)
			.matcher(text.substring(0, request.start()))
			.find();
	}

	/**
	 * Whether the kind asks for no particular kind of answer (a what, a list, a
	 * definition), as a number, a date, a person or a reason are.
	 */
	public boolean open() {
		return OPEN_KINDS.contains(this);
	}

}
