package se.fyren.knowledge.answer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.fyren.knowledge.Abstain;

/**
 * The rules on people: an address, a role's holder, a person's name or a successor asked,
 * and the best answer does not give it ({@code contact_not_in_answer},
 * {@code role_not_in_answer}, {@code person_not_in_answer},
 * {@code successor_not_in_answer}, {@code party_not_in_answer}). Each returns the reason,
 * or null when it does not apply.
 */
final class PersonRules {

	// A consultant ("anhörigkonsulenten" too), not a consultation ("Konsultationsteamet")
	// nor consulting ("konsulteras").
	private static final String CONSULTANT = "konsul(?:ent|t(?!ation|er(?:a|ar|ade|ades|as|at)\\b))";

	// A role a question asks who holds, in either language ("ordförande", "project
	// manager"), and how the reports name it, inside a title too ("Verksamhetschef").
	private static final Map<String, Pattern> ROLE_NAMED = Map.ofEntries(role("ordförande", "ordförande"),
			role("chef", "chef"), role("projektledare", "projektledare"), role("samordnare", "samordnare"),
			role("sekreterare", "sekreterare"), role("direktör", "direktör"), role("chair", "ordförande"),
			role("chairman", "ordförande"), role("chairperson", "ordförande"), role("project manager", "projektledare"),
			role("project leader", "projektledare"), role("manager", "chef|ledare"), role("director", "direktör|chef"),
			role("coordinator", "samordnare"), role("secretary", "sekreterare"), role("konsult", CONSULTANT),
			role("consultant", CONSULTANT), role("consultancy", CONSULTANT));

	// A role may be asked with an "s": in English as a verb ("who chairs the board")
	// or in the plural ("who are the coordinators"); a Swedish genitive names the role
	// too.
	private static final Pattern ROLE_ASKED = Pattern.compile(
			"\\b(" + String.join("|", ROLE_NAMED.keySet().stream().map(asked -> asked.replace(" ", "\\s+")).toList())
					+ ")s?\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A person's name asked for by what the person is or does ("vad heter
	// avdelningschefen", "what's the name of the consultant"). "Vem var ordförande" may
	// be answered by a body or a title; a name asked for only by a name.
	private static final String PERSON_WORD = "\\p{L}*(?:chef|strateg|ordförande|direktör|samordnare|sekreterare|ledare"
			+ "|konsult|planerare|handläggare|analytiker|kontaktperson|representant|föreläsare|författare|forskare)"
			+ "(?:en|n|na|er|erna)?|\\p{L}*(?:samordnar|sekreterar|ledar|planerar|handläggar|föreläsar|författar|forskar)na"
			+ "|\\p{L}*(?:manager|director|chair|chairperson|strategist|coordinator|consultant"
			+ "|secretary|planner|analyst|speaker|author|researcher|head)";

	// The person word is what is named, not a word of a clause after it: "vad heter
	// nätverket som strategen leder" asks for a network's name, and not a word past a
	// question's end ("vad heter rapporten? vem är författaren"). In English three words
	// may describe it ("the name of Säter's public health strategist") where it ends the
	// phrase: in "the name of the public health strategist network" it describes the
	// network.
	private static final String GAP_WORD = "[^\\s?.!;,]+";

	private static final Pattern PERSON_NAME_ASKED = Pattern
		.compile("\\b(?:vad (?:heter|hette)|name of)(?:\\s+(?!som\\b|där\\b|that\\b|which\\b|who\\b)" + GAP_WORD
				+ "){0,2}?\\s+(?:" + PERSON_WORD + ")\\b" + "|\\bname of(?:\\s+" + GAP_WORD + "){3}\\s+(?:"
				+ PERSON_WORD + ")(?=\\s*(?:$|[?.!,;:]|(?:in|at|of|for|who|from)\\b))"
				+ "|\\bvad (?:heter|hette) (?:han|hon|personen)\\b", Pattern.UNICODE_CHARACTER_CLASS);

	// The words that name an organisation by its kind, or a county's or a country's
	// place in it.
	private static final String ORGANISATION_WORD = "(?:Regionala|Landstinget|Länsstyrelsen|Högskolan"
			+ "|(?:Region|Universitet|Kommun|Stad|Staden|Dalarna|Sverige)s?)";

	// A name: two capitalised words ("Peter Möller", "Lena Ryen-Laxton"), or an address
	// made of one ("peter.gothblad@trollhattan.se" on a contact line). An organisation
	// named by its kind and its place ("Region Dalarnas funktion", "Högskolan Dalarna",
	// "Borås Stad") names no one.
	private static final Pattern PERSON_NAME = Pattern.compile(
			"\\b(?!" + ORGANISATION_WORD + "\\s)" + "\\p{Lu}\\p{Ll}+(?:-\\s?\\p{Lu}\\p{Ll}+)?\\s+(?!"
					+ ORGANISATION_WORD + "\\b)\\p{Lu}\\p{Ll}+" + "|\\b\\p{L}+\\.\\p{L}+@",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An answer that sends the asker to an office or an organisation by name: "Kontakta
	// Region Dalarnas folkhälsoenhet", "vänd dig till Länsstyrelsen", "contact the Public
	// Health Agency".
	private static final Pattern SENT_TO = Pattern.compile(
			"\\b(?i:kontakta\\p{L}*|vänd(?:a|er)? (?:dig|er|sig) till|hör av (?:dig|er) till|contact(?: the)?)\\s+\\p{Lu}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A person's name and, after a comma, the role: a line of an attendee list
	// ("Barbro Stammäs, Sekreterare").
	private static final Pattern NAMED_WITH_ROLE = Pattern.compile("(?:" + PERSON_NAME.pattern() + "),\\s*\\p{L}",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An address or a number asked for itself ("vad har hon för telefonnummer", "namn o
	// mejl", "what's the email").
	private static final Pattern CONTACT_DETAIL_ASKED = Pattern.compile(
			"\\b(?:(?:mejl|mail|e-?post)(?:adress\\p{L}*)?|telefonnumm?(?:er|ret)|e-?mail(?: address)?|(?:tele)?phone number)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// A number asked for and no address ("har du hennes telefonnummer? mejlen har jag
	// redan"): an address does not answer it.
	private static final Pattern NUMBER_ASKED = Pattern.compile(
			"\\b(?:telefonnumm?(?:er|ret|ren)|telefonnr|mobilnumm?(?:er|ret)|(?:tele)?phone numbers?)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// An address asked with the number ("mejl och telefonnummer", "phone number or
	// email"); one only mentioned ("jag har redan hennes mejl") is not asked.
	private static final String ADDRESS_WORD = "(?:mejl|mail|e-?post|e-?mail)\\p{L}*(?:\\s+address)?";

	private static final String NUMBER_WORD = "(?:telefon|mobil|phone)\\p{L}*(?:\\s+numbers?)?";

	private static final String JOINED = "\\s*(?:och|o|eller|and|or|&|/|\\+)\\s*(?:\\p{L}+\\s+)?";

	private static final Pattern ADDRESS_ASKED = Pattern.compile(
			"\\b(?:" + ADDRESS_WORD + JOINED + NUMBER_WORD + "|" + NUMBER_WORD + JOINED + ADDRESS_WORD + ")",
			Pattern.UNICODE_CHARACTER_CLASS);

	private static final Pattern PHONE = Pattern.compile(QuestionKind.PHONE, Pattern.UNICODE_CHARACTER_CLASS);

	// A political party asked: "vilket parti", "which (political) party", "what party".
	private static final Pattern PARTY_ASKED = Pattern.compile(
			"\\b(?:vilket parti|vilka partier|(?:which|what) (?:political )?part(?:y|ies)|partitillhörighet)\\b",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How the reports name a party: the letters after a politician's name ("Kenneth
	// Dahlström (C)") or the party's name.
	private static final Pattern PARTY_NAMED = Pattern
		.compile(
				"\\((?:S|M|C|L|V|KD|MP|SD|FP)\\)|\\b(?i:socialdemokrat|moderat|centerpartie|liberal|vänsterpartie"
						+ "|kristdemokrat|miljöpartie|sverigedemokrat|folkpartie)\\p{L}*",
				Pattern.UNICODE_CHARACTER_CLASS);

	// Who took someone's place, in any tense: "vem tog över efter Lena", "vem ska ta
	// över som chef", "vem efterträdde", "who will replace Lena", "the successor". Not
	// a task taken over ("tog över ansvaret") nor "succeeded in": "ersätta", "replace"
	// and "succeed" ask for a successor only before a capitalised name.
	private static final Pattern SUCCESSOR_ASKED = Pattern.compile(
			"\\b(?:(?:ta|tar|tog|tagit|tas)\\s+över\\s+(?:efter|som)|efterträd\\p{L}*|successor|t(?:ook|akes?|aken)\\s+over\\s+from"
					+ "|(?i:ersatte|ersätter|ersätta|replaced?|replaces|succeed(?:ed|s)?)\\s+\\p{Lu})",
			Pattern.UNICODE_CHARACTER_CLASS);

	// How a text names a succession: "efterträds av", "ersätts av", "tar över",
	// "tillträder".
	private static final Pattern SUCCESSION_NAMED = Pattern.compile(
			"\\b(?:efterträ\\p{L}*|ersätt\\p{L}*|ersatt\\p{L}*|tog över|tar över|tagit över|tillträ\\p{L}*|took over"
					+ "|takes over|replac\\p{L}*|succeed\\p{L}*|successor)",
			Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

	/**
	 * A contact asked, and the answer names no one and gives no address; or an address or
	 * a number asked for itself, and the answer gives none: a person named answers "vem
	 * ska jag kontakta", not "vad har hon för telefonnummer". A number asked without an
	 * address is not given by an address ("har du hennes telefonnummer? mejlen har jag
	 * redan").
	 */
	Abstain contactNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		QuestionKind kind = evidence.kind();
		if (best != null && kind == QuestionKind.CONTACT && CONTACT_DETAIL_ASKED.matcher(evidence.lower()).find()
				&& !kind.heldBy(best.answer(), false)) {
			return evidence.abstain("contact_not_in_answer",
					"the question asks for an address or a number; the answer gives none");
		}
		// Asked whom to contact, an answer that names no one, gives no address and sends
		// to no office ("vänd dig till Region Dalarnas …") describes the topic: "Vem är
		// kontaktperson för DalaLab?" was answered with what DalaLab did.
		if (best != null && kind == QuestionKind.CONTACT && !kind.heldBy(best.answer(), false)
				&& !PERSON_NAME.matcher(best.answer()).find() && !SENT_TO.matcher(best.answer()).find()) {
			return evidence.abstain("contact_not_in_answer",
					"the question asks whom to contact; the answer names no one and gives no address");
		}
		if (best != null && kind == QuestionKind.CONTACT && NUMBER_ASKED.matcher(evidence.lower()).find()
				&& !ADDRESS_ASKED.matcher(evidence.lower()).find() && !PHONE.matcher(best.answer()).find()) {
			return evidence.abstain("contact_not_in_answer", "the question asks for a number; the answer gives none");
		}
		return null;
	}

	/**
	 * A role asked ("vem var ordförande för styrgruppen") is answered where the role is
	 * named: an answer naming others of the organisation does not say who holds it.
	 */
	Abstain roleNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		Matcher role = ROLE_ASKED.matcher(evidence.lower());
		if (best != null && evidence.kind() == QuestionKind.WHO && role.find()
				&& !ROLE_NAMED.get(role.group(1).replaceAll("\\s+", " "))
					.matcher(best.passage().toLowerCase(Locale.ROOT))
					.find()) {
			return evidence.abstain("role_not_in_answer",
					"the question asks who holds a role; the best answer's passage does not name it", role.group(1));
		}
		return null;
	}

	/**
	 * A person's name asked ("vad heter folkhälsostrategen i botkyrka") is answered by a
	 * name: an answer that tells what the person did names no one.
	 */
	Abstain personNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && PERSON_NAME_ASKED.matcher(evidence.lower()).find()
				&& !PERSON_NAME.matcher(best.answer()).find()) {
			return evidence.abstain("person_not_in_answer",
					"the question asks for a person's name; the answer names no one");
		}
		return null;
	}

	/**
	 * Who took someone's place is answered where a succession is told: an answer naming
	 * the one who left ("Lena Törnfeldt slutar i vår") does not say who came.
	 */
	Abstain successorNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && evidence.kind() == QuestionKind.WHO && SUCCESSOR_ASKED.matcher(evidence.text()).find()
				&& !SUCCESSION_NAMED.matcher(best.text() + "\n" + best.context()).find()) {
			return evidence.abstain("successor_not_in_answer",
					"the question asks who took someone's place; the best answer names no succession");
		}
		return null;
	}

	/**
	 * A person's party asked ("vilket parti", "which party are they from") is answered by
	 * a party named where the answer stands: an attendee's line without its "(S)" does
	 * not tell it.
	 */
	Abstain partyNotInAnswer(Evidence evidence) {
		BestUnit best = evidence.best();
		if (best != null && PARTY_ASKED.matcher(evidence.lower()).find() && !PARTY_NAMED.matcher(best.text()).find()) {
			return evidence.abstain("party_not_in_answer", "the question asks for a party; the answer names none");
		}
		return null;
	}

	private static Map.Entry<String, Pattern> role(String asked, String named) {
		return Map.entry(asked, Pattern.compile(named));
	}

	/** Whether a text opens with a person's name and, after a comma, a role. */
	static boolean namedWithRole(String text) {
		return NAMED_WITH_ROLE.matcher(text).lookingAt();
	}

}
