package se.fyren.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shared corpus, questions and fixtures every test uses ({@code ../shared} from the
 * project root).
 */
public final class SharedData {

	public static final Path ROOT = locate();

	public static final Path CORPUS = ROOT.resolve("corpus");

	public static final Path DEV_QUESTIONS = ROOT.resolve("eval/questions-dev.jsonl");

	public static final Path FORMATS = ROOT.resolve("fixtures/formats");

	public static final Path BROKEN = ROOT.resolve("fixtures/broken");

	private static Path locate() {
		String configured = System.getProperty("fyren.shared");
		if (configured != null && Files.isDirectory(Path.of(configured))) {
			return Path.of(configured).toAbsolutePath().normalize();
		}
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("../shared/corpus"))) {
				return dir.resolve("../shared").normalize();
			}
		}
		throw new IllegalStateException("Cannot find ../shared beside the project");
	}

	public static List<Path> thesaurus() {
		Path config = ROOT.resolve("../main/config/knowledge");
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isDirectory(dir.resolve("config/knowledge"))) {
				config = dir.resolve("config/knowledge");
				break;
			}
		}
		return List.of(config.resolve("synonyms-sv.txt"), config.resolve("glossary-en-sv.txt"));
	}

	public static KnowledgeSettings settings(Path dataDir) {
		return new KnowledgeSettings(List.of(CORPUS), dataDir, thesaurus());
	}

	private SharedData() {
	}

}
