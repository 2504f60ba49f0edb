package se.fyren.knowledge;

import java.util.List;

/**
 * Why Fyren said the reports do not hold an answer, so that a wrong call can be
 * understood.
 *
 * @param reason a short code: {@code no_passages}, {@code low_coverage},
 * {@code cost_not_in_reports}, {@code date_not_in_reports} (a time asked, none of the
 * passages the answer is read from names a date, a year, a month or a season, unless the
 * question asks when something should be done and the best answer covers it strongly),
 * {@code name_not_in_reports}, {@code year_not_in_reports}, {@code law_not_in_reports};
 * and from the best answer's own evidence: {@code cost_not_in_answer} (a cost asked, and
 * the answer gives no sum, though a passage found does), {@code date_not_in_answer} (a
 * time asked, and the best answer names none, or only in a sentence stitched on after the
 * unit that answers, or no year where a year is asked), {@code year_not_in_answer},
 * {@code place_not_in_answer} (the passage that answers best, with its title and section,
 * does not speak of the year or name the place asked about),
 * {@code municipality_not_in_answer} (which municipality or town asked, and the answer
 * names no place besides those the question names), {@code number_not_in_answer} (a count
 * asked for and no figure in the best answer, which covers the question only weakly; a
 * count of things, or a statistic's level, asked and no figure in the answer as given),
 * {@code present_not_in_answer} (a figure asked of today, and the best answer does not
 * speak of its report's present), {@code contact_not_in_answer} (an e-mail address or a
 * phone number asked, none in the answer), {@code role_not_in_answer} (who holds a role
 * asked, and the best answer's passage does not name the role),
 * {@code person_not_in_answer} (a person's name asked, none in the answer),
 * {@code successor_not_in_answer} (who took someone's place asked, and the best answer
 * tells no succession), {@code count_not_in_answer} (a count of something asked, and the
 * answer counts only other things), {@code month_not_in_answer} (a month asked about that
 * neither the best answer nor its report title and section name),
 * {@code weekday_not_in_answer} (which day of the week asked, none in the answer),
 * {@code party_not_in_answer} (a party asked, none in the answer),
 * {@code names_not_in_answer} (names asked, none besides the question's in the answer),
 * {@code section_not_in_answer} (a law's section or chapter asked, none cited in the
 * answer), {@code topic_not_in_reports} (beside the place and time it names, the question
 * holds no word the reports use) and {@code topic_not_in_answer} (the best answer names
 * the place or time asked about but no other word of the question),
 * {@code share_not_in_answer} (a share asked, none in the best answer) and
 * {@code outcome_not_in_reports} (how something turned out asked, and the best answer
 * says it is still to come); and {@code off_topic} (most of a Swedish question's weight
 * is words the reports never use, or every word of a term asked to be defined is)
 * @param detail the reason in a sentence (English, for logs and the JSON)
 * @param subject what the reason is about, as the question wrote it: the year, place,
 * name, law or month the reports or the best answer do not speak of; null for the other
 * reasons. A chat tells the asker with it ("Rapporterna nämner inte Göteborg.").
 * @param coverage the share of the question's weight the best passage read covers
 * @param unknownShare the share of the question's weight carried by words the reports
 * never use
 * @param unknownWords the question's words the reports never use (chat words left out)
 * @param asked the kind of answer the question asks for ({@code list}, {@code when}, …)
 */
public record Abstain(String reason, String detail, String subject, double coverage, double unknownShare,
		List<String> unknownWords, String asked) {

	/** The reason when no passage covers the question at all. */
	public static final String NO_PASSAGES = "no_passages";

	public Abstain {
		unknownWords = List.copyOf(unknownWords);
	}

}
