package se.fyren.knowledge.ingest;

/**
 * What an administrator says about a report beside it (sources.yml); every field may be
 * null.
 */
public record SourceMetadata(String title, String publisher, Integer year, String kind, String link) {

	public static final SourceMetadata NONE = new SourceMetadata(null, null, null, null, null);

}
