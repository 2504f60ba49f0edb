package se.fyren.knowledge;

/** How far a refresh of the index has come: reports looked at, of all found. */
@FunctionalInterface
public interface IndexProgress {

	IndexProgress NONE = (done, total) -> {
	};

	void reports(int done, int total);

}
