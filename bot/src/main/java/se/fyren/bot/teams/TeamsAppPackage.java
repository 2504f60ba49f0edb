package se.fyren.bot.teams;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The Teams app package an administrator uploads ({@code fyren teams-package}): the
 * manifest and its English strings from {@code config/teams} with this installation's app
 * id, host, version and privacy and terms addresses filled in, and the two icons.
 * Placeholders that would make a package Teams accepts but that cannot work (the nil
 * GUID, the example host) are refused.
 */
public final class TeamsAppPackage {

	/** The files of the package, as Teams expects them at the zip's root. */
	static final List<String> FILES = List.of("manifest.json", "en.json", "color.png", "outline.png");

	static final String EXAMPLE_HOST = "fyren.example.org";

	private static final List<String> FILLED_IN = List.of("manifest.json", "en.json");

	private static final UUID NIL = new UUID(0, 0);

	private static final Pattern GUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	// Teams takes MAJOR.MINOR.PATCH, and a higher one for every change of the package.
	private static final Pattern VERSION = Pattern.compile("\\d{1,9}\\.\\d{1,9}\\.\\d{1,9}");

	// A host name and optional port, as Microsoft's servers reach Fyren: no scheme, no
	// path.
	private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\\d{1,5})?");

	private static final String SNAPSHOT = "-SNAPSHOT";

	private TeamsAppPackage() {
	}

	/**
	 * What the package is made for.
	 *
	 * @param appId the Azure Bot's Microsoft App ID (a GUID, not the nil one)
	 * @param host the public host Microsoft's servers and Teams reach Fyren at
	 * @param version the package's version, MAJOR.MINOR.PATCH
	 * @param privacyUrl the organisation's privacy statement (https)
	 * @param termsUrl the organisation's terms of use (https)
	 */
	public record Settings(String appId, String host, String version, String privacyUrl, String termsUrl) {

		public Settings {
			if (appId == null || !GUID.matcher(appId).matches() || UUID.fromString(appId).equals(NIL)) {
				throw new IllegalArgumentException("The Teams app id must be the Azure Bot's Microsoft App ID (a GUID"
						+ " other than the nil GUID), was " + appId);
			}
			if (host == null || !HOST.matcher(host).matches() || host.equalsIgnoreCase(EXAMPLE_HOST)) {
				throw new IllegalArgumentException("The Teams host must be Fyren's public host name (not "
						+ EXAMPLE_HOST + ", no https:// or path), was " + host);
			}
			if (version == null || !VERSION.matcher(version).matches()) {
				throw new IllegalArgumentException(
						"The Teams package version must be MAJOR.MINOR.PATCH (e.g. 1.0.3), was " + version);
			}
			privacyUrl = https(privacyUrl, host, "privacy");
			termsUrl = https(termsUrl, host, "terms of use");
		}

		private static String https(String url, String host, String what) {
			if (url == null || url.isBlank()) {
				return "https://" + host + "/";
			}
			if (!url.startsWith("https://")) {
				throw new IllegalArgumentException("The " + what + " address must be https, was " + url);
			}
			return url;
		}

	}

	/**
	 * The package version for a build of Fyren: a release's own version; a snapshot's is
	 * the release it leads to (0.1.0-SNAPSHOT gives 0.1.0), so a second package from the
	 * same snapshot needs a version of its own.
	 */
	public static String version(String projectVersion) {
		if (projectVersion == null) {
			return null;
		}
		return projectVersion.endsWith(SNAPSHOT)
				? projectVersion.substring(0, projectVersion.length() - SNAPSHOT.length()) : projectVersion;
	}

	/**
	 * Writes the package from the sources folder ({@code config/teams}) to {@code zip}.
	 */
	public static void write(Path sources, Settings settings, Path zip) {
		Map<String, String> values = Map.of("@teams.app-id@", settings.appId(), "@teams.host@", settings.host(),
				"@teams.version@", settings.version(), "@teams.privacy-url@", settings.privacyUrl(),
				"@teams.terms-url@", settings.termsUrl());
		try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream files = new ZipOutputStream(out)) {
			for (String name : FILES) {
				byte[] content = Files.readAllBytes(sources.resolve(name));
				if (FILLED_IN.contains(name)) {
					String text = new String(content, StandardCharsets.UTF_8);
					for (Map.Entry<String, String> value : values.entrySet()) {
						text = text.replace(value.getKey(), value.getValue());
					}
					content = text.getBytes(StandardCharsets.UTF_8);
				}
				files.putNextEntry(new ZipEntry(name));
				files.write(content);
				files.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the Teams app package " + zip + " from " + sources, ex);
		}
	}

}
