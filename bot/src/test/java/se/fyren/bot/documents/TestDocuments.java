package se.fyren.bot.documents;

/**
 * A municipality's document that is not in the shared corpus, and the question only it
 * answers, for the tests that add documents in a chat.
 */
public final class TestDocuments {

	public static final String BUDGET = """
			Mål och budget 2026 för Borlänge kommun

			Kommunfullmäktige i Borlänge beslutar att fritidskortet för alla barn i årskurs fyra till nio
			ska finansieras med fyra miljoner kronor per år. Målet är att andelen barn som deltar i
			organiserad fritidsverksamhet ska öka till åttio procent i varje stadsdel.
			""";

	public static final String BUDGET_QUESTION = "Hur mycket pengar får fritidskortet i Borlänge?";

	private TestDocuments() {
	}

}
