package se.fyren.knowledge.search;

import java.util.Locale;

import se.fyren.knowledge.analysis.MunicipalitiesAsked;
import se.fyren.knowledge.analysis.PlaceNames;

/**
 * A question that asks which municipalities or towns ("vilka kommuner var med i
 * Samlingen", "which towns …") is answered by the passage that names them, and that
 * passage seldom repeats the question's other words as often as an introduction or a
 * summary does: in the re-rank it gains by how many municipalities it names, as far as it
 * covers the question. Asked which one municipality ("vilken kommun …"), a passage that
 * names many is no answer, so only the plural asks for the list.
 */
final class MunicipalityList {

	// What a passage naming a whole list gains at full coverage: as much as a passage of
	// a report the question names.
	static final double BOOST = PassageSearcher.NAMED_BOOST;

	// How many municipalities make a whole list: a sentence names two or three in
	// passing ("i Leksands, Rättviks och Gagnefs kommun").
	private static final double FULL_LIST = 5;

	private final PlaceNames places;

	MunicipalityList(PlaceNames places) {
		this.places = places;
	}

	boolean asked(String question) {
		return MunicipalitiesAsked.list(question.toLowerCase(Locale.ROOT));
	}

	/**
	 * What a passage gains: squared coverage, so that a passage naming a list of
	 * municipalities for another reason ("Exempel på detta finns i många kommuner: …")
	 * does not rise above the passages on the topic asked. Measured on the read sets and
	 * the hold-outs: at coverage to the power 0, ½ or 1 the list rose for questions the
	 * reports do not answer, and two more were answered.
	 */
	double bonus(String text, double coverage) {
		double named = Math.min(1, places.municipalitiesNamed(text).size() / FULL_LIST);
		return BOOST * named * coverage * coverage;
	}

}
