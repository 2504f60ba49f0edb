package se.fyren.knowledge;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names of collections: every indexed document belongs to exactly one, and a search
 * sees only the collections it is given.
 */
public final class CollectionNames {

	/** The report folders' collection: the shared reports every place answers from. */
	public static final String REPORTS = "rapporter";

	/**
	 * Lower-case letters, digits, {@code -}, {@code _}, {@code :} and {@code /}: a name
	 * that travels safely in a configuration file, a command line and a Lucene term.
	 */
	private static final Pattern NAME = Pattern.compile("[a-z0-9åäö][a-z0-9åäö_:/.-]{0,199}");

	/** Only the shared reports: where a search without a place looks. */
	public static final Set<String> REPORTS_ONLY = Set.of(REPORTS);

	private CollectionNames() {
	}

	/** Whether {@code name} is a valid collection name. */
	public static boolean valid(String name) {
		return name != null && NAME.matcher(name).matches();
	}

	/** The name itself; fails naming it when it is not a valid collection name. */
	public static String checked(String name) {
		if (!valid(name)) {
			throw new IllegalArgumentException("Not a collection name: '" + name
					+ "' (lower-case letters, digits, '-', '_', ':', '/' and '.', at most 200)");
		}
		return name;
	}

}
