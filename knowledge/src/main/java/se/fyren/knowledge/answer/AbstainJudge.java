package se.fyren.knowledge.answer;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;

import se.fyren.knowledge.Abstain;
import se.fyren.knowledge.ScoredPassage;
import se.fyren.knowledge.analysis.WordClasses;
import se.fyren.knowledge.search.AnalyzedQuestion;

/**
 * Decides from evidence whether the reports hold no answer: the best passages leave the
 * question's key terms uncovered, or it asks about what the reports are silent on (a cost
 * they give no figure for, a place, a year or a law they never name). A word the reports
 * never use is no such evidence on its own: people ask in their own words ("vabbandet",
 * "handtvätt", "grejer"), and on the dev, validation and both hold-out sets such words
 * refused answerable questions but no unanswerable one. A name the reports never use
 * ({@code name_not_in_reports}) still is, and so is a Swedish question made mostly of
 * such words ({@code off_topic}). The rules are tried in a fixed order and the first that
 * applies gives the reason; each lives with its kin in {@link TopicRules},
 * {@link FigureRules}, {@link PersonRules}, {@link DateRules}, {@link NameRules},
 * {@link ListRule} and {@link OutcomeRule}.
 */
final class AbstainJudge {

	/** One reason to abstain: the reason, or null when it does not apply. */
	@FunctionalInterface
	private interface Rule {

		Abstain judge(Evidence evidence);

	}

	private final QuestionNames questionNames;

	private final List<Rule> rules;

	AbstainJudge(AnswerSettings settings, WordClasses wordClasses, QuestionNames questionNames, LawNames lawNames) {
		this.questionNames = questionNames;
		TopicRules topics = new TopicRules(settings);
		FigureRules figures = new FigureRules(settings, wordClasses);
		PersonRules people = new PersonRules();
		DateRules dates = new DateRules(settings);
		NameRules names = new NameRules(wordClasses, lawNames, this.questionNames);
		OutcomeRule outcome = new OutcomeRule();
		ListRule lists = new ListRule();
		// The first that applies decides, so the order is the reason a question gets
		// when several apply; the general ones (off_topic, low_coverage) come last.
		this.rules = List.of(topics::noPassages, // no_passages, off_topic
				topics::definedTermOffTopic, // off_topic
				figures::costNotInReports, // cost_not_in_reports
				figures::costNotInAnswer, // cost_not_in_answer
				people::contactNotInAnswer, // contact_not_in_answer
				dates::dateNotInReports, // date_not_in_reports
				dates::dateNotInAnswer, // date_not_in_answer
				dates::yearNotNamed, // year_not_in_reports, year_not_in_answer
				figures::shareNotInAnswer, // share_not_in_answer
				figures::presentNotInAnswer, // present_not_in_answer
				figures::numberNotInAnswer, // number_not_in_answer
				figures::levelNotInAnswer, // number_not_in_answer
				figures::eachNotInAnswer, // each_not_in_answer
				names::lawWordNotInReports, // law_not_in_reports
				names::lawNameNotInReports, // law_not_in_reports
				names::sectionNotInAnswer, // section_not_in_answer
				names::nameNotInReports, // name_not_in_reports
				names::placeNameNotInReports, // name_not_in_reports
				names::placeNotInAnswer, // place_not_in_answer
				names::municipalityNotInAnswer, // municipality_not_in_answer
				names::namesNotInAnswer, // names_not_in_answer
				lists::listNotInAnswer, // list_not_in_answer
				people::roleNotInAnswer, // role_not_in_answer
				people::personNotInAnswer, // person_not_in_answer
				people::successorNotInAnswer, // successor_not_in_answer
				people::partyNotInAnswer, // party_not_in_answer
				outcome::outcomeNotInReports, // outcome_not_in_reports
				dates::monthNotInAnswer, // month_not_in_answer
				dates::weekdayNotInAnswer, // weekday_not_in_answer
				topics::topicNotCovered, // topic_not_in_reports, topic_not_in_answer
				figures::countNotInAnswer, // count_not_in_answer
				topics::offTopic, // off_topic
				topics::lowCoverage); // low_coverage
	}

	/**
	 * @param best the best answer unit with the unit after it, or null when none covers
	 * the question
	 * @return the first reason that applies, or null to answer
	 */
	Abstain judge(AnalyzedQuestion question, QuestionKind kind, List<ScoredPassage> read, BestUnit best,
			Analyzer analyzer, Vocabulary vocabulary) {
		Evidence evidence = Evidence.of(question, kind, read, best, analyzer, vocabulary, this.questionNames);
		for (Rule rule : this.rules) {
			Abstain abstain = rule.judge(evidence);
			if (abstain != null) {
				return abstain;
			}
		}
		return null;
	}

}
