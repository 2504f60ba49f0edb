package se.fyren.knowledge.answer;

import java.util.Optional;

import se.fyren.knowledge.Passage;
import se.fyren.knowledge.index.IndexedPassage;

/**
 * The passage after a passage in its report, with its sentences: a list cut into passages
 * goes on there, and so does the sentence after one that closes its passage.
 */
@FunctionalInterface
public interface FollowingPassages {

	Optional<IndexedPassage> after(Passage passage);

}
