package se.fyren.knowledge.ingest;

/**
 * What an administrator says about a report beside it (sources.yml); every field may be
 * null.
 */
public record SourceMetadata(String title, String publisher, Integer year, String kind, String link) {

	public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null);

	/**
	 * The title a report's passages are cited and searched by: the administrator's title
	 * (or {@code derived}, the report's own) with its year when the title does not say
	 * it, since people name a report by its year ("lärprojektet 2024") and its text may
	 * give the year only in running headers, which are removed.
	 */
	public String citedTitle(String derived) {
		String title = this.title != null ? this.title : derived;
		return year == null || title.contains(String.valueOf(year)) ? title : title + " (" + year + ")";
	}

}
